namespace GesprekBot.Dialogs.Network.Comparison;

/// <summary>How a member moved between the rings of two maps.</summary>
public enum RingMove
{
    Same,

    /// <summary>A smaller ring number: closer to the client.</summary>
    Closer,

    Further,

    /// <summary>Not placed on the earlier map, placed now.</summary>
    Placed,

    /// <summary>Placed on the earlier map, not on the later one.</summary>
    Unplaced,
}

/// <summary>One member found on both maps, with what changed about them.</summary>
public sealed record MemberChange(NetworkMember Earlier, NetworkMember Later)
{
    /// <summary>A ring outside 1–4 (a map stored by a faulty build) counts as not placed, as on the picture.</summary>
    public RingMove Ring => (PlacedRing(Earlier), PlacedRing(Later)) switch
    {
        (null, null) => RingMove.Same,
        (null, _) => RingMove.Placed,
        (_, null) => RingMove.Unplaced,
        var (before, after) when after < before => RingMove.Closer,
        var (before, after) when after > before => RingMove.Further,
        _ => RingMove.Same,
    };

    public static int? PlacedRing(NetworkMember member) =>
        member.Ring is >= NetworkMember.InnermostRing and <= NetworkMember.OutermostRing ? member.Ring : null;

    public IReadOnlyList<SupportType> SupportReceivedGained => [.. Later.SupportReceived.Except(Earlier.SupportReceived)];

    public IReadOnlyList<SupportType> SupportReceivedLost => [.. Earlier.SupportReceived.Except(Later.SupportReceived)];

    public IReadOnlyList<SupportType> SupportGivenGained => [.. Later.SupportGiven.Except(Earlier.SupportGiven)];

    public IReadOnlyList<SupportType> SupportGivenLost => [.. Earlier.SupportGiven.Except(Later.SupportGiven)];

    public bool FrequencyChanged => Earlier.Frequency != Later.Frequency;

    public bool QualityChanged => Earlier.Quality != Later.Quality;

    public bool HasChanges =>
        Ring != RingMove.Same || FrequencyChanged || QualityChanged
        || SupportReceivedGained.Count + SupportReceivedLost.Count + SupportGivenGained.Count + SupportGivenLost.Count > 0;
}
