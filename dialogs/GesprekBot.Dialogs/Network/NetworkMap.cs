namespace GesprekBot.Dialogs.Network;

/// <summary>Two members who know each other (the sociogram's lines), by member id.</summary>
public sealed record NetworkTie(string FirstMemberId, string SecondMemberId);

/// <summary>An answer kept as the client typed it; <paramref name="Topic"/> names the question (e.g. "Domain:Family").</summary>
public sealed record NetworkNote(string Topic, string Text, string? MemberId = null);

/// <summary>
/// The client's network map as built in the conversation. <see cref="SchemaVersion"/> lets a
/// later build read a map stored by an earlier one; <see cref="Revision"/> counts maps of the
/// same client, so a later map can be compared with an earlier one.
/// </summary>
public sealed record NetworkMap
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public int Revision { get; init; } = 1;

    public IReadOnlyList<NetworkMember> Members { get; init; } = [];

    public IReadOnlyList<NetworkTie> Ties { get; init; } = [];

    /// <summary>People the client would like (back) in their network, in their words.</summary>
    public IReadOnlyList<string> Wishes { get; init; } = [];

    /// <summary>Satisfaction with the network, 0–10; null when skipped.</summary>
    public int? Satisfaction { get; init; }

    public AnsweredBy FilledInBy { get; init; } = AnsweredBy.Client;

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Answers the bot could not understand, kept in the client's words for the caseworker.</summary>
    public IReadOnlyList<NetworkNote> Notes { get; init; } = [];

    public NetworkMember? Find(string memberId) => Members.FirstOrDefault(m => m.Id == memberId);
}
