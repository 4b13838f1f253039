namespace GesprekBot.Storage.Invites;

/// <summary>An invite as the <c>invites</c> table holds it.</summary>
public sealed record StoredInvite(string Code, string Organisation, DateTimeOffset CreatedAt, string CreatedBy);
