using static GesprekBot.Language.Crisis.CrisisWords;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// Killing oneself and the methods: a kill verb aimed at oneself ("ik wil mezelf van kant maken",
/// "ik wil me ophangen", "kill myself"), jumping from a height or in front of a train, pills saved or
/// all at once, a rope made ready, wrists cut open. A method or a plan means immediate danger.
/// </summary>
internal static class MethodRules
{
    private static readonly HashSet<string> KillOrMethod = [.. KillSelf, .. MethodSelf];
    private static readonly HashSet<string> Make = ["maak", "maakt", "maken", "maakte", "gemaakt", "make"];
    private static readonly HashSet<string> Hang = ["hang", "hangt", "hing", "hangen"];
    private static readonly HashSet<string> Bring = ["brengen", "breng", "brengt", "ombrengen"];
    private static readonly HashSet<string> Could = ["kan", "kon", "could"];
    private static readonly HashSet<string> HarmlessJump = ["zwembad", "duikplank", "trampoline", "parachute", "water", "pool", "vreugde", "blijdschap"];
    private static readonly HashSet<string> InFront = ["voor", "onder", "front", "door", "by"];
    private static readonly HashSet<string> Waiting = ["wacht", "wachten", "bus", "tram", "fiets", "werk", "foto", "waiting", "uitzicht"];
    private static readonly HashSet<string> RopeGames = ["springen", "spelen", "tent", "was", "wasdraad", "boot", "sport", "touwtjespringen", "klimmen"];
    private static readonly HashSet<string> Stand = ["sta", "staat", "stond", "zit", "zat", "ben", "standing", "am", "im"];
    private static readonly HashSet<string> Edge = ["dak", "brug", "rand", "spoor", "sporen", "dakrand", "balkon", "roof", "bridge", "edge", "tracks"];
    private static readonly HashSet<string> Quantity = ["alle", "al", "alles", "strip", "doos", "doosje", "potje", "flesje", "veel", "hele", "handvol", "all", "everything", "bottle", "handful", "bunch"];
    private static readonly HashSet<string> Swallow = [
        "pak", "pakken", "gepakt", "neem", "nemen", "genomen", "ingenomen", "innemen", "slik", "slikken", "geslikt", "doorgeslikt", "opgeslikt", "geprobeerd",
        "take", "took", "taken", "swallow", "swallowed", "tried"];
    private static readonly HashSet<string> Prescribed = [
        "moet", "moeten", "voorgeschreven", "dokter", "apotheker", "elke", "iedere", "every", "vergeet", "forget",
        "allergie", "hooikoorts", "pollen", "pollenseizoen", "hoofdpijn", "griep", "verkoudheid", "migraine", "koorts", "rugpijn"];
    private static readonly HashSet<string> All = ["al", "all", "hele", "heel", "whole"];
    private static readonly HashSet<string> Cut = ["snij", "snijd", "snijden", "cut", "sneed"];
    private static readonly HashSet<string> Open = ["door", "open"];
    private static readonly HashSet<string> Subject = ["ik", "k", "ikke", "kik", "i", "im", "ive", "id", "ill"];

    public static void Apply(CrisisScan s, Clause c)
    {
        KillOneself(s, c);
        for (var i = c.Start; i < c.End; i++)
        {
            if (s.Is(i, Jump) && s.SpeaksOfSelf(c) && !s.Has(HarmlessJump, c) && (s[i] is not ("gooien" or "werpen") || s.Has(Victim, c)) && Target(s, c) is var to and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Min(i, to), Math.Max(i, to), danger: true); // "ik wil van een brug springen"
            }
            else if (s.Is(i, Jump) && s[i].StartsWith("spring", StringComparison.Ordinal) && IAmSubject(s, c) && OnlyFillerOrNow(s, i + 1, c.End))
            {
                s.Add(CrisisKind.Suicide, c, i, i, unsure: !s.Has(Now, c), danger: true); // "ik ga vanavond springen"
            }
            else if (s.Is(i, Stand) && (s.Is(i + 1, "op") || (s.Is(i + 2, "op") && (s.Is(i + 1, Now) || s.Is(i + 1, Subject))))
                && s.Find(Edge, i + 2, Math.Min(c.End, i + 6)) is var edge and >= 0 && IAmSubject(s, c)
                && !s.Has(Waiting, c) && !(s[edge] is "spoor" && s.Is(edge + 1, "van")))
            {
                s.Add(CrisisKind.Suicide, c, i, edge, unsure: !(s[edge] is "spoor" or "sporen" or "rand"), danger: true); // "ik sta op de brug"
            }
            else if (s.Is(i, Vehicle) && s.Find(InFront, i - 3, i) is var front and >= 0 && s.SpeaksOfSelf(c)
                && (s.Has(IntoVehicle, c) || s.Has(Wish, c)))
            {
                s.Add(CrisisKind.Suicide, c, front, i, danger: true); // "voor de trein springen", "door een trein overreden worden"
            }
            else if (s.Is(i, Pills) && Hoarded(s, i, c) is var plan and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Min(i, plan), Math.Max(i, plan), danger: true); // "pillen gespaard", "al mijn pillen"
            }
            else if (s.Is(i, Rope) && !s.Has(RopeGames, c) && RopeReadyAt(s, i, c) is var ready and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Min(i, ready), Math.Max(i, ready), danger: true); // "het touw ligt klaar"
            }
            else if (s.Is(i, Wrists) && WristsCut(s, i, c) is var slit and >= 0)
            {
                s.Add(CrisisKind.Suicide, c, Math.Min(i, slit), Math.Max(i, slit), danger: true); // "mijn polsen doorsnijden"
            }
        }
    }

    private static void KillOneself(CrisisScan s, Clause c)
    {
        var self = s.Find(StrongSelf, c.Start, c.End);
        if (self < 0 && s.Has(WeakSelf, c) && IAmSubject(s, c))
        {
            self = s.Find(WeakSelf, c.Start, c.End);
        }

        if (self < 0)
        {
            return;
        }

        for (var i = c.Start; i < c.End; i++)
        {
            var word = s[i];
            var kills = KillOrMethod.Contains(word) && word switch
            {
                "dood" => s.Has(Make, c),
                "kant" => s.Is(i - 1, "van") && s.Has(Make, c),
                "beroven" or "brengen" => s.Has(Living, c),
                _ => true,
            };
            kills |= s.Is(i, Hang) && (s.Find("op", i + 1, c.End) >= 0 || (s.Is(i - 1, "te") && s.Is(i - 2, "op")));
            kills |= s.Is(i, Bring) && s.Has(Living, c) && s.Find("om", c.Start, c.End) >= 0;
            kills |= s.Is(i, Make) && s.Find("af", i + 1, c.End) is var af and >= 0 && !s.Is(af + 1, "en");
            if (!kills)
            {
                continue;
            }

            var method = MethodSelf.Contains(word) || Hang.Contains(word);
            // "ik kan me wel ophangen": a figure of speech as often as a plan, so ask.
            var figure = method && s.Has(Could, c) && s.Find("wel", c.Start, c.End) >= 0;
            s.Add(CrisisKind.Suicide, c, Math.Min(self, i), Math.Max(self, i), unsure: figure, danger: method && !figure);
            return;
        }
    }

    /// <summary>"ik" acts and nobody else is named: "ik wil me ophangen", not "hij wil me vermoorden".</summary>
    internal static bool IAmSubject(CrisisScan s, Clause c) => s.Has(Subject, c) && s.FindOtherPerson(c) < 0;

    private static int RopeReadyAt(CrisisScan s, int rope, Clause c) =>
        s[rope] == "noose" ? rope : s.Find(RopeReady, c.Start, c.End);

    private static int WristsCut(CrisisScan s, int wrists, Clause c)
    {
        var slit = s.Find(Slit, c.Start, c.End);
        return slit >= 0 ? slit : s.Find(Cut, c.Start, c.End) >= 0 ? s.Find(Open, wrists + 1, c.End) : -1;
    }

    private static bool OnlyFillerOrNow(CrisisScan s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!s.Is(i, Filler) && !s.Is(i, Now))
            {
                return false;
            }
        }

        return true;
    }

    private static int Target(CrisisScan s, Clause c)
    {
        var height = s.Find(Height, c.Start, c.End);
        if (height >= 0)
        {
            return height;
        }

        var vehicle = s.Find(Vehicle, c.Start, c.End);
        return vehicle >= 0 && s.Find(InFront, vehicle - 3, vehicle) >= 0 ? vehicle : -1;
    }

    private static int Hoarded(CrisisScan s, int pills, Clause c)
    {
        var hoard = s.Find(Hoard, c.Start, c.End);
        if (hoard >= 0)
        {
            return hoard;
        }

        if (s.Has(Prescribed, c) && s.Find(Hoard, c.Start, c.End) < 0)
        {
            return -1; // "een hele doos pillen voor mijn allergie"
        }

        if (s.Find(All, pills - 3, pills) is var all and >= 0 && (s.Is(all + 1, MyWords) || s.Is(all + 1, "de") || s.Is(all + 1, "the")))
        {
            return all;
        }

        // "te veel pillen", "in een keer", "een hele doos"
        if (s.Find(Quantity, c.Start, c.End) is var amount and >= 0 && s.Find(Swallow, c.Start, c.End) >= 0 && !s.Has(Prescribed, c))
        {
            return amount; // "alle pillen van mijn moeder gepakt", "een strip pillen ingenomen"
        }

        var much = s.Find("veel", c.Start, c.End);
        if (much >= 0 && s.Is(much - 1, "te"))
        {
            return much;
        }

        var once = s.Find("keer", c.Start, c.End);
        return once >= 0 && s.Is(once - 2, "in") ? once : s.Find("doos", c.Start, c.End) is var box and >= 0 && s.Find(All, box - 2, box) >= 0 ? box : -1;
    }
}
