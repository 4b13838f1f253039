using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network.Picture;

/// <summary>
/// The map in sentences, for screen readers, for a printout without colour, and for anyone who
/// prefers a list: who is in each ring (innermost first, empty rings said out loud so "nobody
/// close" is not mistaken for a missing picture), who is not placed yet, who knows whom, and the
/// satisfaction. Members keep the order the client named them in.
/// </summary>
internal static class MapTextAlternative
{
    public static IReadOnlyList<string> Describe(NetworkMap map, PictureTextCatalog texts)
    {
        var lines = new List<string> { texts.Format(nameof(PictureTexts.TextIntro), map.Members.Count) };
        for (var ring = NetworkMember.InnermostRing; ring <= NetworkMember.OutermostRing; ring++)
        {
            var members = map.Members.Where(m => m.Ring == ring).Select(m => Member(m, NetworkWording.Display(m), texts)).ToList();
            lines.Add(members.Count == 0
                ? texts.Format(nameof(PictureTexts.TextRingEmpty), ring, texts.Ring(ring))
                : texts.Format(nameof(PictureTexts.TextRing), ring, texts.Ring(ring), string.Join("; ", members)));
        }

        var unplaced = map.Members.Where(m => MapGeometry.BandOf(m.Ring) == MapGeometry.UnplacedBand).ToList();
        if (unplaced.Count > 0)
        {
            lines.Add(texts.Format(nameof(PictureTexts.TextUnplaced), string.Join("; ", unplaced.Select(m => Member(m, NetworkWording.Display(m), texts)))));
        }

        var pairs = Export.MapTies.Distinct(map)
            .Select(t => texts.Format(nameof(PictureTexts.TiePair), Name(map, t.FirstMemberId), Name(map, t.SecondMemberId)))
            .ToList();
        if (pairs.Count > 0)
        {
            lines.Add(texts.Format(nameof(PictureTexts.TextTies), string.Join("; ", pairs)));
        }

        if (map.Satisfaction is { } satisfaction)
        {
            lines.Add(texts.Format(nameof(PictureTexts.TextSatisfaction), satisfaction));
        }

        return lines;
    }

    /// <summary>"Tom (broer, gezin en familie, relatie: goed)"; the kind is named when it is not a person ("Max (dier, …)").</summary>
    public static string Member(NetworkMember member, string name, PictureTextCatalog texts)
    {
        var details = new List<string>();
        if (member.Kind != MemberKind.Person)
        {
            details.Add(texts.Kind(member.Kind));
        }

        if (member.Role is { Length: > 0 } role && !name.Contains(role, StringComparison.OrdinalIgnoreCase))
        {
            details.Add(role);
        }

        details.Add(texts.Domain(MapSectors.Normalise(member.Domain)));
        details.Add(texts.Format(nameof(PictureTexts.TextQuality), texts.Quality(member.Quality)));
        return texts.Format(nameof(PictureTexts.TextMember), name, string.Join(", ", details));
    }

    private static string Name(NetworkMap map, string memberId) =>
        map.Find(memberId) is { } member ? NetworkWording.Display(member) : memberId;
}
