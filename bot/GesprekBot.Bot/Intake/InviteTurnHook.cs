using System.Text.Json;
using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Notes the invite the chat was opened with (Direct Line <c>channelData.invite</c>), once per
/// conversation, after checking it in the invite store: a known code ties the intake to the invite's
/// organisation; an unknown one is not kept, and the dialogs tell the client before the consent
/// question (<see cref="InviteNotice"/>). Runs after <see cref="IntakeTurnHook"/>, so a resumed
/// conversation keeps the invite it was started with.
/// </summary>
public sealed partial class InviteTurnHook(InviteStore invites, ILogger<InviteTurnHook> logger) : ITurnHook
{
    /// <summary>Conversation value: the invite in this conversation was checked (known or not).</summary>
    internal const string CheckedKey = "host.inviteChecked";

    private const int MaxInviteLength = 64;

    public async Task<ConversationState> BeforeTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Keys.Contains(IntakeSession.InviteCodeKey) || state.Get<bool>(CheckedKey) || InviteOf(context.Activity) is not { } given)
        {
            return state;
        }

        state.Set(CheckedKey, true);
        if (await invites.FindAsync(given, cancellationToken) is { } invite)
        {
            state.Set(IntakeSession.InviteCodeKey, invite.Code);
            return state;
        }

        // Shown back to the client only when it has the shape of a code: never echo arbitrary text.
        state.Set(InviteNotice.UnknownKey, InviteCode.Normalize(given.Trim()) ?? string.Empty);
        LogUnknownInvite(logger);
        return state;
    }

    public Task AfterTurnAsync(TurnHookContext context, ConversationState state, TurnResult result, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private static string? InviteOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("invite", out var invite)
        && invite.ValueKind == JsonValueKind.String
        && invite.GetString() is { Length: > 0 and <= MaxInviteLength } code
        && !string.IsNullOrWhiteSpace(code)
            ? code
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "A chat was opened with an invite code no invite has; the client is told, and the intake goes to the fallback organisation or the unassigned queue.")]
    private static partial void LogUnknownInvite(ILogger logger);
}
