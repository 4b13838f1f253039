using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Suggests RADIO(U) moves from the map by the signals of seed 004. Deterministic and
/// explainable: every suggestion names its reason. At most one move per member (the most
/// pressing), so the caseworker reads a short list; the whole-map moves come last.
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

    public static IReadOnlyList<RadioSuggestion> Suggest(NetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var people = map.Members.Where(IsPeople).ToList();
        var suggestions = new List<RadioSuggestion>();
        foreach (var member in people)
        {
            if (ForMember(member) is { } suggestion)
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

    private static bool IsPeople(NetworkMember member) => member.Kind is MemberKind.Person or MemberKind.Group;
}
