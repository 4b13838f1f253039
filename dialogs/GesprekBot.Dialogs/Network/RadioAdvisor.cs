using GesprekBot.Dialogs.Intake;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Suggests RADIO(U) moves from the map by the signals of seed 004. Deterministic and
/// explainable: every suggestion names its reason. At most one move per member (the most
/// pressing), so the caseworker reads a short list; the whole-map moves come last. Safety comes
/// first: a member the client named in a message about violence or abuse is never suggested for
/// a move that brings them closer (Activeren, Reanimeren, Intensiveren…), only "veiligheid eerst".
/// </summary>
public static class RadioAdvisor
{
    /// <summary>Fewer people and groups than this counts as a small network.</summary>
    public const int SmallNetworkBelow = 5;

    /// <summary>This many empty everyday domains suggests widening the network.</summary>
    public const int EmptyDomainsFrom = 3;

    /// <summary>The everyday domains whose emptiness matters for "Uitbreiden".</summary>
    public static IReadOnlyList<LifeDomain> EverydayDomains { get; } =
        [LifeDomain.Family, LifeDomain.Friends, LifeDomain.Neighbourhood, LifeDomain.SchoolAndWork, LifeDomain.Leisure];

    public static IReadOnlyList<RadioSuggestion> Suggest(NetworkMap map) => Suggest(map, []);

    /// <param name="map">The network map.</param>
    /// <param name="urgent">The intake's crisis flags; the words of violence and abuse flags name whom to keep safe from.</param>
    public static IReadOnlyList<RadioSuggestion> Suggest(NetworkMap map, IReadOnlyList<UrgentFlag> urgent)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(urgent);
        var dangerWords = urgent
            .Where(f => f.Category is CrisisCategory.Violence or CrisisCategory.Abuse && f.Quote is not null)
            .Select(f => " " + TextNormalizer.Normalize(f.Quote) + " ")
            .ToList();
        var people = map.Members.Where(IsPeople).ToList();
        var suggestions = new List<RadioSuggestion>();
        foreach (var member in people)
        {
            if (IsNamedIn(member, dangerWords))
            {
                suggestions.Add(new RadioSuggestion(RadioMove.SafetyFirst, RadioReason.NamedInDangerSignal, member.Id));
            }
            else if (ForMember(member) is { } suggestion)
            {
                suggestions.Add(suggestion);
            }
        }

        suggestions.AddRange(ForWholeMap(map, people));
        return suggestions;
    }

    internal static RadioSuggestion? ForMember(NetworkMember member)
    {
        var move = member switch
        {
            { Quality: RelationQuality.Difficult } => (RadioMove.Unblock, RadioReason.DifficultRelation),
            { Quality: RelationQuality.Good, Frequency: ContactFrequency.Yearly or ContactFrequency.Never } =>
                (RadioMove.Reanimate, RadioReason.FadedContact),
            { Quality: RelationQuality.Good, Frequency: ContactFrequency.Daily or ContactFrequency.Weekly, Ring: >= 3 } =>
                (RadioMove.Intensify, RadioReason.FrequentButFar),
            { IsInnerRing: true, SupportReceived.Count: 0 } => (RadioMove.Activate, RadioReason.CloseWithoutSupport),
            { IsInnerRing: true, Quality: RelationQuality.Good } => (RadioMove.Maintain, RadioReason.CloseAndSupportive),
            _ => ((RadioMove, RadioReason)?)null,
        };
        return move is var (m, reason) ? new RadioSuggestion(m, reason, member.Id) : null;
    }

    private static IEnumerable<RadioSuggestion> ForWholeMap(NetworkMap map, List<NetworkMember> people)
    {
        if (people.Count < SmallNetworkBelow)
        {
            yield return new RadioSuggestion(RadioMove.Expand, RadioReason.SmallNetwork, Count: people.Count);
        }

        var empty = EverydayDomains.Where(d => !map.Members.Any(m => m.Domain == d)).ToList();
        if (empty.Count >= EmptyDomainsFrom)
        {
            yield return new RadioSuggestion(RadioMove.Expand, RadioReason.EmptyDomains, Count: empty.Count, Domains: empty);
        }

        var inner = people.Where(m => m.IsInnerRing).ToList();
        if (inner.Count > 0 && inner.All(m => m.IsProfessional))
        {
            yield return new RadioSuggestion(RadioMove.Expand, RadioReason.OnlyProfessionalsClose, Count: inner.Count);
        }
        else if (inner.Count == 0 && people.Any(m => m.Ring is not null))
        {
            yield return new RadioSuggestion(RadioMove.Expand, RadioReason.NobodyClose);
        }
    }

    /// <summary>The member's name or label, as whole words, in one of the messages.</summary>
    private static bool IsNamedIn(NetworkMember member, List<string> dangerWords)
    {
        string[] names = [.. new[] { member.Name, member.Label }
            .Select(TextNormalizer.Normalize)
            .Where(n => n.Length > 0)
            .Select(n => " " + n + " ")];
        return dangerWords.Any(words => names.Any(name => words.Contains(name, StringComparison.Ordinal)));
    }

    private static bool IsPeople(NetworkMember member) => member.Kind is MemberKind.Person or MemberKind.Group;
}
