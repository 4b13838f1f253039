using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>
/// One person, group, animal or place on the client's map. Everything but the label is
/// optional: a client may skip any question, and a skipped answer is "not known", not "no".
/// </summary>
public sealed record NetworkMember
{
    /// <summary>Rings run from 1 (very close) to 4 (far); the client is the centre.</summary>
    public const int InnermostRing = 1;
    public const int OutermostRing = 4;

    public required string Id { get; init; }

    public required string Label { get; init; }

    public MemberKind Kind { get; init; } = MemberKind.Person;

    public string? Name { get; init; }

    public string? Role { get; init; }

    public LifeDomain Domain { get; init; } = LifeDomain.Unknown;

    public int? Ring { get; init; }

    public IReadOnlyList<SupportType> SupportReceived { get; init; } = [];

    public IReadOnlyList<SupportType> SupportGiven { get; init; } = [];

    public ContactFrequency? Frequency { get; init; }

    public RelationQuality? Quality { get; init; }

    /// <summary>The move the client wishes for this relation, in their own choice.</summary>
    public RadioMove? Wish { get; init; }

    /// <summary>True when the client named this member as someone they would like (back) in their network.</summary>
    public bool IsWished { get; init; }

    /// <summary>What the client said that the bot could not place (kept so nothing they said is lost).</summary>
    public string? Note { get; init; }

    public bool IsInnerRing => Ring is >= InnermostRing and <= 2;

    public bool IsProfessional => Domain == LifeDomain.Professional;
}
