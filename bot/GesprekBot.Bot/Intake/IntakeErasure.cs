using GesprekBot.Bot.Channels.DirectLine;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Erasure;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Intake;

/// <summary>Who erased an intake; it decides what happens to the conversations it was filled in.</summary>
public enum ErasureOrigin
{
    /// <summary>The client, in the chat: that conversation's state is the turn's to reset.</summary>
    Client,

    /// <summary>A caseworker in the review: open conversations end with an explanation at their next message.</summary>
    Caseworker,

    /// <summary>The retention purge: the conversations were idle for the whole period and simply start afresh.</summary>
    Purge,
}

/// <summary>
/// The one place that deletes an intake and every copy of it, for the client's request, the
/// caseworker's delete and the purge alike: the record's row with the review's status
/// and notes, the resume codes issued for it, and in each conversation it was filled in the Direct
/// Line transcript and the dialog state (which holds a full copy of the record). Real deletion —
/// nothing is kept as "discarded". The id goes on a tombstone first, so a turn running at the same
/// moment does not save the record again.
/// </summary>
public sealed partial class IntakeErasure(
    IStateStore store,
    IIntakeRepository repository,
    IntakeLinkStore links,
    IntakeTombstones tombstones,
    StateStoreResumeCodes resumeCodes,
    DirectLineConversationStore directLine,
    TimeProvider time,
    ILogger<IntakeErasure> logger)
{
    private const int IdPageSize = 500;

    /// <param name="intakeId">The record's id.</param>
    /// <param name="origin">Who asked.</param>
    /// <param name="currentStateKey">The conversation whose turn asked (the client's): its state is left to that turn.</param>
    /// <param name="cancellationToken">Cancels the deletion; what was deleted stays deleted, and running it again finishes it.</param>
    public async Task EraseAsync(string intakeId, ErasureOrigin origin, string? currentStateKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        await EraseCopiesAsync(intakeId, origin, currentStateKey, cancellationToken);

        // The row takes the review's status and notes with it (ON DELETE CASCADE).
        await repository.DeleteAsync(intakeId, cancellationToken);
        await links.DeleteAsync(intakeId, cancellationToken);
        LogErased(logger, origin);
    }

    /// <summary>Deletes the conversation's Direct Line transcript, when it is a Direct Line conversation.</summary>
    public async Task ForgetTranscriptAsync(ConversationLink conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var record = await directLine.GetRecordAsync(conversation.ConversationId, cancellationToken);
        if (record is not null && record.ChannelId == conversation.ChannelId)
        {
            await directLine.ForgetActivitiesAsync(conversation.ConversationId, cancellationToken);
        }
    }

    /// <summary>
    /// Erases drafts (and records discarded by older versions) not touched since <paramref name="cutoff"/>,
    /// resume codes that expired, and tombstones older than the cutoff. Submitted intakes belong to the review.
    /// </summary>
    /// <returns>How many intakes were erased.</returns>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // The copies elsewhere first (they are found through the links), then the rows in one statement.
        var stale = await repository.StaleIdsAsync(cutoff, cancellationToken);
        foreach (var id in stale)
        {
            await EraseCopiesAsync(id, ErasureOrigin.Purge, currentStateKey: null, cancellationToken);
        }

        var purged = await repository.PurgeUnsubmittedAsync(cutoff, cancellationToken);
        foreach (var id in stale)
        {
            if (purged < stale.Count)
            {
                // Changed since it was found stale: its copies are gone and it is tombstoned, so its row goes too.
                await repository.DeleteAsync(id, cancellationToken);
            }

            await links.DeleteAsync(id, cancellationToken);
            LogErased(logger, ErasureOrigin.Purge);
        }

        // The remaining intakes' expired resume codes, walking the ids a page at a time.
        var page = await repository.IdsAfterAsync(null, IdPageSize, cancellationToken);
        while (page.Count > 0)
        {
            foreach (var id in page)
            {
                await PurgeExpiredCodesAsync(id, cancellationToken);
            }

            page = await repository.IdsAfterAsync(page[^1], IdPageSize, cancellationToken);
        }

        await tombstones.PurgeAsync(cutoff, cancellationToken);
        return Math.Max(purged, stale.Count);
    }

    /// <summary>Everything of the intake but its row and links: tombstone, resume codes, other conversations' transcripts and state.</summary>
    private async Task EraseCopiesAsync(string intakeId, ErasureOrigin origin, string? currentStateKey, CancellationToken cancellationToken)
    {
        await tombstones.AddAsync(intakeId, time.GetUtcNow(), cancellationToken);
        var linked = await links.ReadAsync(intakeId, cancellationToken);
        foreach (var code in linked.ResumeCodes)
        {
            await resumeCodes.RevokeAsync(code, cancellationToken);
        }

        foreach (var conversation in linked.Conversations.Where(c => c.StateKey != currentStateKey))
        {
            await ForgetTranscriptAsync(conversation, cancellationToken);
            await ForgetStateAsync(conversation.StateKey, origin, cancellationToken);
        }
    }

    /// <summary>The stored envelope of a conversation whose intake was erased elsewhere: only the signal, no history.</summary>
    internal static string ErasedConversation()
    {
        var state = new ConversationState();
        state.Set(ErasureSession.ErasedKey, true);
        return new ConversationEnvelope { DialogState = state.ToJson() }.ToJson();
    }

    // "*": the erasure wins over a turn running there; that turn's write then conflicts and runs again on this.
    private Task ForgetStateAsync(string key, ErasureOrigin origin, CancellationToken cancellationToken) =>
        origin == ErasureOrigin.Purge
            ? store.DeleteAsync(key, cancellationToken)
            : store.WriteAsync(key, ErasedConversation(), "*", cancellationToken);

    private async Task PurgeExpiredCodesAsync(string intakeId, CancellationToken cancellationToken)
    {
        var gone = new List<string>();
        foreach (var code in (await links.ReadAsync(intakeId, cancellationToken)).ResumeCodes)
        {
            if (await resumeCodes.PurgeIfExpiredAsync(code, cancellationToken))
            {
                gone.Add(code);
            }
        }

        if (gone.Count > 0)
        {
            await links.RemoveResumeCodesAsync(intakeId, gone, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An intake and its copies were erased ({Origin}).")]
    private static partial void LogErased(ILogger logger, ErasureOrigin origin);
}
