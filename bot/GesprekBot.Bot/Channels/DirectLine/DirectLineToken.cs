namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one user in one conversation until it expires.</summary>
/// <param name="ConversationId">The only conversation the token may touch.</param>
/// <param name="UserId">The user the token speaks for; activities are posted as this user.</param>
/// <param name="UserName">The display name given at generate time, if any.</param>
/// <param name="Invite">A validated invite code, carried into the conversation when it starts.</param>
/// <param name="ChannelId">"webchat" for the chat page, "directline" for other clients; fixed per conversation.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record DirectLineToken(
    string ConversationId,
    string UserId,
    string? UserName,
    string? Invite,
    string ChannelId,
    DateTimeOffset ExpiresAt);

/// <summary>Why a presented token was or was not accepted.</summary>
public enum TokenStatus
{
    Valid,
    Missing,
    Invalid,
    Expired,
}
