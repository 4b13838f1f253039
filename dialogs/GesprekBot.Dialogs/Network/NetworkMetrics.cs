using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// Figures about a map for the caseworker's review and for comparing a later map with an earlier
/// one (the L.ink research compared size, contact, emotional bond and satisfaction). Pure.
/// People wished for but not placed on the map (no ring) are counted apart, not in the network.
/// </summary>
public sealed record NetworkMetrics
{
    /// <summary>Members in the network: people, groups, animals and places, without wished-for people not yet placed.</summary>
    public int Size { get; init; }

    /// <summary>People and groups in the network.</summary>
    public int People { get; init; }

    public int Animals { get; init; }

    public int Places { get; init; }

    /// <summary>Wished-for people not (yet) placed on the map.</summary>
    public int WishedFor { get; init; }

    public IReadOnlyDictionary<LifeDomain, int> PerDomain { get; init; } = new Dictionary<LifeDomain, int>();

    /// <summary>Members per ring 1–4; every ring is present, possibly with 0.</summary>
    public IReadOnlyDictionary<int, int> PerRing { get; init; } = new Dictionary<int, int>();

    /// <summary>Members without a ring.</summary>
    public int Unplaced { get; init; }

    /// <summary>People and groups in rings 1–2.</summary>
    public int InnerRing { get; init; }

    /// <summary>The share (0–1) of professionals among the people in rings 1–2; null when nobody is there.</summary>
    public double? ProfessionalShareInInnerRings { get; init; }

    /// <summary>Ids of the members the client receives emotional support from.</summary>
    public IReadOnlyList<string> EmotionalSupporters { get; init; } = [];

    /// <summary>Everyday life domains with nobody in them (see <see cref="RadioAdvisor.EverydayDomains"/>).</summary>
    public IReadOnlyList<LifeDomain> EmptyDomains { get; init; } = [];

    /// <summary>How often each kind of support is received, over all members.</summary>
    public IReadOnlyDictionary<SupportType, int> SupportReceived { get; init; } = new Dictionary<SupportType, int>();

    /// <summary>How often each kind of support is given, over all members.</summary>
    public IReadOnlyDictionary<SupportType, int> SupportGiven { get; init; } = new Dictionary<SupportType, int>();

    /// <summary>Members per contact frequency; every band is present, possibly with 0.</summary>
    public IReadOnlyDictionary<ContactFrequency, int> PerFrequency { get; init; } = new Dictionary<ContactFrequency, int>();

    /// <summary>Members per relation quality; every value is present, possibly with 0.</summary>
    public IReadOnlyDictionary<RelationQuality, int> PerQuality { get; init; } = new Dictionary<RelationQuality, int>();

    public int? Satisfaction { get; init; }

    public int TotalSupportReceived => SupportReceived.Values.Sum();

    public int TotalSupportGiven => SupportGiven.Values.Sum();

    public static NetworkMetrics Of(NetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var network = map.Members.Where(m => !(m.IsWished && m.Ring is null)).ToList();
        var people = network.Where(m => m.Kind is MemberKind.Person or MemberKind.Group).ToList();
        var inner = people.Where(m => m.IsInnerRing).ToList();
        return new NetworkMetrics
        {
            Size = network.Count,
            People = people.Count,
            Animals = network.Count(m => m.Kind == MemberKind.Animal),
            Places = network.Count(m => m.Kind == MemberKind.Place),
            WishedFor = map.Members.Count - network.Count,
            PerDomain = network.GroupBy(m => m.Domain).ToDictionary(g => g.Key, g => g.Count()),
            PerRing = Enumerable.Range(NetworkMember.InnermostRing, NetworkMember.OutermostRing)
                .ToDictionary(ring => ring, ring => network.Count(m => m.Ring == ring)),
            Unplaced = network.Count(m => m.Ring is null),
            InnerRing = inner.Count,
            ProfessionalShareInInnerRings = inner.Count == 0 ? null : (double)inner.Count(m => m.IsProfessional) / inner.Count,
            EmotionalSupporters = [.. network.Where(m => m.SupportReceived.Contains(SupportType.Emotional)).Select(m => m.Id)],
            EmptyDomains = [.. RadioAdvisor.EverydayDomains.Where(d => !network.Any(m => m.Domain == d))],
            SupportReceived = Count(network.SelectMany(m => m.SupportReceived)),
            SupportGiven = Count(network.SelectMany(m => m.SupportGiven)),
            PerFrequency = Enum.GetValues<ContactFrequency>().ToDictionary(f => f, f => network.Count(m => m.Frequency == f)),
            PerQuality = Enum.GetValues<RelationQuality>().ToDictionary(q => q, q => network.Count(m => m.Quality == q)),
            Satisfaction = map.Satisfaction,
        };
    }

    private static Dictionary<SupportType, int> Count(IEnumerable<SupportType> support) =>
        Enum.GetValues<SupportType>().ToDictionary(type => type, type => support.Count(s => s == type));
}
