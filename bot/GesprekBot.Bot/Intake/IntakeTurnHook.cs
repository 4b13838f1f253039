using System.Security.Cryptography;
using System.Text.Json;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Erasure;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// The host's side of the intake: before a turn, a "hervat CODE" copies the paused conversation in
/// and a record erased elsewhere is dropped (the invite code is noted by <see cref="InviteTurnHook"/>);
/// after it, what the client asked to erase is erased, a pause's resume code is registered and a
/// changed intake record is published to the repository, all before the state is written (see <see cref="ITurnHook"/>).
/// </summary>
public sealed partial class IntakeTurnHook(
    IStateStore store,
    IResumeCodes resumeCodes,
    IIntakeRepository repository,
    IntakeTurnErasure erasure,
    IntakeLinkStore links,
    IntakeChatSettings settings,
    TimeProvider time,
    ILogger<IntakeTurnHook> logger) : ITurnHook
{
    /// <summary>Conversation value: a hash of the record as last published, so unchanged records are not written again.</summary>
    internal const string PublishedKey = "host.intakePublished";

    private const string ResumedItem = "intake.resumedState";

    public async Task<ConversationState> BeforeTurnAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        state = await erasure.BeforeTurnAsync(context, state, cancellationToken);
        if (settings.ServiceName is { Length: > 0 } service && !state.Keys.Contains(ErasureSession.ServiceNameKey))
        {
            state.Set(ErasureSession.ServiceNameKey, service);
        }

        if (!context.Items.TryGetValue(ResumedItem, out var resumed))
        {
            resumed = await TryResumeAsync(context, state, cancellationToken);
            context.Items[ResumedItem] = resumed;
        }

        switch (resumed)
        {
            case string json:
                var copied = ConversationState.Parse(json);
                copied.Set(ResumeCommand.OutcomeKey, ResumeOutcome.Resumed);
                return copied;
            case ResumeOutcome outcome:
                state.Set(ResumeCommand.OutcomeKey, outcome);
                return state;
            default:
                return state;
        }
    }

    public async Task AfterTurnAsync(TurnHookContext context, ConversationState state, TurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        await erasure.AfterTurnAsync(context, state, cancellationToken);
        if (state.TryGet<IssuedResumeCode>(ResumeCommand.IssuedKey, out var issued) && issued is not null)
        {
            // Linked first: a code that exists is always one the intake's erasure can find.
            if (state.Record() is { } paused)
            {
                await links.AddResumeCodeAsync(paused.Id, issued.Code, cancellationToken);
            }

            await resumeCodes.RegisterAsync(issued.Code, context.ConversationKey, issued.ExpiresAt, cancellationToken);
            state.Remove(ResumeCommand.IssuedKey);
        }

        if (state.Record() is { } record)
        {
            await erasure.LinkAsync(context, state, record, cancellationToken);
            var hash = Hash(record);
            var published = state.Get<string>(PublishedKey);
            if (published != hash)
            {
                await repository.SaveAsync(record, cancellationToken);
                state.Set(PublishedKey, hash);
                if (published is not null)
                {
                    await erasure.EraseIfErasedMeanwhileAsync(record, cancellationToken);
                }
            }
        }
    }

    /// <summary>The resumed conversation's state JSON, a "not found" outcome for a failed command, or null.</summary>
    private async Task<object?> TryResumeAsync(TurnHookContext context, ConversationState state, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        if (!ResumeCommand.TryParse(text, allowBareCode: state.Record() is null, out var code))
        {
            return null;
        }

        var command = ResumeCommand.IsCommand(text);
        var now = time.GetUtcNow();
        if (ResumeAttempts.IsLockedOut(state, now))
        {
            // No code is tried: a bare one is left for the dialogs to read as text.
            LogResumeLockedOut(logger);
            return command ? ResumeOutcome.TooManyAttempts : null;
        }

        var pausedKey = await resumeCodes.RedeemAsync(code, cancellationToken);
        if (pausedKey is null)
        {
            ResumeAttempts.RecordFailure(state, now);

            // A bare code that is unknown was probably not meant as one: let the dialogs read it.
            return command ? ResumeOutcome.NotFound : null;
        }

        if (pausedKey == context.ConversationKey)
        {
            return ResumeOutcome.Resumed;
        }

        var paused = await store.ReadAsync(pausedKey, cancellationToken);
        var envelope = paused is null ? null : ConversationEnvelope.Parse(paused.Json);
        if (envelope?.DialogState is not { } json)
        {
            return ResumeOutcome.NotFound;
        }

        await RetireAsync(pausedKey, paused!, envelope, cancellationToken);
        LogResumed(logger);
        return json;
    }

    /// <summary>
    /// The paused conversation's state moves here, so one intake is not continued in two windows;
    /// the old window starts over if it is used again. Best effort: a concurrent turn there wins.
    /// </summary>
    private async Task RetireAsync(string key, StoreItem item, ConversationEnvelope envelope, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(key, (envelope with { DialogState = null }).ToJson(), item.ETag, cancellationToken);
        }
        catch (StoreConflictException)
        {
            LogRetireConflict(logger);
        }
    }

    private static string Hash(IntakeRecord record) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, DialogJson.Options)));

    [LoggerMessage(Level = LogLevel.Information, Message = "A paused intake was resumed in a new conversation with a resume code.")]
    private static partial void LogResumed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A resume code was not tried: this conversation had too many codes that opened nothing.")]
    private static partial void LogResumeLockedOut(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The paused conversation changed while it was resumed elsewhere; it keeps its state.")]
    private static partial void LogRetireConflict(ILogger logger);
}
