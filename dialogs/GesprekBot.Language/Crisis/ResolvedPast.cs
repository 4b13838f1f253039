using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// A hard time told as over: "vroeger sloeg mijn vader mij, maar hij is overleden en ik heb daar in
/// therapie aan gewerkt", "vijf jaar geleden had ik een moeilijke periode met zelfbeschadiging maar
/// dat is echt voorbij", "I used to cut, but that is behind me now". The message must name the past
/// before the signal and its end after it, and say nothing of now or again ("sinds vorige week komen
/// de gedachten terug", "weer begonnen", "nog steeds", "again"): then it is a story, not a crisis.
/// A method, a plan or danger now is never read as past.
/// </summary>
internal static class ResolvedPast
{
    private static readonly HashSet<string> Past = Set(
        "vroeger geleden destijds toendertijd vorig vorige ooit jeugd kind tiener used ago past childhood teenager");

    private static readonly HashSet<string> Ended = Set(
        "voorbij verwerkt opgelost overleden gestorven therapie behandeling geholpen hulp veilig opgevolgd gestopt afgesloten " +
        "vergeven verleden over behind recovered therapy counselling counseling safe stopped dead died");

    private static readonly HashSet<string> StillOrAgain = Set(
        "weer terug opnieuw sinds nog steeds soms again still back since sometimes lately laatst laatste recent recently begin begint begonnen plan planning");

    private static readonly HashSet<string> Well = Set("goed beter fine better okay ok");

    public static bool IsOver(CrisisScan s, CrisisHit hit)
    {
        if (hit.Danger)
        {
            return false;
        }

        var (first, last) = s.WordsOf(hit);
        return s.Find(Past, 0, first) >= 0
            && (s.Find(Ended, last + 1, s.Count) >= 0 || WellNow(s, last + 1))
            && s.Find(StillOrAgain, 0, s.Count) < 0;
    }

    /// <summary>"… maar nu gaat het echt goed met mij", "but now I am fine".</summary>
    private static bool WellNow(CrisisScan s, int from)
    {
        var now = s.Find(Now, from, s.Count);
        return now >= 0 && s.Find(Well, now + 1, Math.Min(s.Count, now + 6)) >= 0;
    }
}
