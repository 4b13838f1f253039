namespace GesprekBot.Bot.Review.Invites;

/// <summary>An invite link a caseworker handed out; an intake opened with its code belongs to the invite's organisation.</summary>
public sealed record Invite(string Code, string Organisation, DateTimeOffset CreatedAt, string CreatedBy);
