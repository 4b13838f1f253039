using static GesprekBot.Language.Crisis.ConceptWindow;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// One concept combination of the cue tables: a trigger word and, within <see cref="Width"/> words of
/// it, one word of every set in <see cref="Near"/>, none of <see cref="Unless"/>, and (when
/// <see cref="Self"/>) a word of the client about themself. A table of such cues states a family
/// ("a way to die near the client") once, for every word order and spelling the sets allow.
/// </summary>
internal sealed record Cue(CrisisKind Kind, HashSet<string> Trigger, HashSet<string>[] Near, int Width = 6)
{
    public HashSet<string>? Unless { get; init; }

    public bool Self { get; init; } = true;

    public bool Unsure { get; init; }

    public bool Danger { get; init; }

    /// <summary>Someone else must be near ("hij", "de man"): the client is the one harmed, not the actor.</summary>
    public bool Other { get; init; }

    /// <summary>The cue's words are themselves about a fall, a bike or a pet ("met mijn fiets te dicht bij de trein"): the harmless words do not silence it.</summary>
    public bool Heedless { get; init; }

    /// <summary>Near this word a sure cue is only unsure ("tegen de muur" without blood or "expres").</summary>
    public HashSet<string>? SureOnlyWith { get; init; }

    public static void Apply(CrisisScan s, IReadOnlyList<Cue> cues)
    {
        for (var i = 0; i < s.Count; i++)
        {
            foreach (var cue in cues)
            {
                if (s.Is(i, cue.Trigger) && cue.Holds(s, i, out var w, out var last))
                {
                    var unsure = cue.Unsure || (cue.SureOnlyWith is { } sure && !Any(s, w, sure));
                    s.Add(cue.Kind, w, Math.Min(i, last), Math.Max(i, last), unsure, cue.Danger);
                }
            }
        }
    }

    private bool Holds(CrisisScan s, int i, out Clause w, out int last)
    {
        w = Around(s, i, Width);
        last = i;
        foreach (var set in Near)
        {
            var at = s.Find(set, w.Start, w.End);
            if (at < 0)
            {
                return false;
            }

            last = Math.Max(last, at);
        }

        if ((Unless is { } unless && Any(s, w, unless)) || (!Heedless && HarmlessContext.In(s, Around(s, i, Width + 4))))
        {
            return false;
        }

        if (Self && Find(s, Around(s, i, Math.Max(Width + 2, 12)), (x, k) => IsSelf(x, k) || x.Is(k, ConceptLexicon.Mine) || x.Is(k, CrisisWords.Wish)) < 0)
        {
            return false;
        }

        return !Other || Find(s, Around(s, i, Math.Max(Width, 10)), (x, k) => x.IsOtherPerson(k) || x.Is(k, Actors) || IsRole(x[k])) >= 0;
    }

    /// <summary>Compounds the member lexicon need not know: "taxichauffeur", "busbegeleider", "voetbaltrainer".</summary>
    private static bool IsRole(string word) =>
        word.Length > 6 && RoleEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] RoleEndings = ["chauffeur", "leraar", "leider", "trainer", "begeleider", "baas", "buurman", "opvoeder"];

    private static readonly HashSet<string> Actors = ["man", "vrouw", "woman", "guy", "pa", "ma", "papa", "mama", "vader", "moeder", "lief", "vriend", "broer", "zus"];
}
