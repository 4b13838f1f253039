using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Turns;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs Direct Line conversations through the turn pipeline: stamps what a client posts, logs and
/// echoes it, hands it to the processor, and logs and streams the replies. Turns of one
/// conversation run one at a time; log writes and stream subscriptions take the shorter log lock.
/// </summary>
public sealed partial class DirectLineConversations(
    DirectLineConversationStore store,
    DirectLineHub hub,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineConversations> logger)
{
    /// <summary>
    /// Starts the conversation a token was issued for, or finds it when it was started already.
    /// A new conversation gets a conversationUpdate (membersAdded: the user) so the bot greets.
    /// </summary>
    public async Task<(ConversationRecord Record, bool Created)> StartAsync(
        DirectLineToken grant, string? locale, Uri serviceUrl, IActivityProcessor? processor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        using var lease = await hub.LockTurnAsync(grant.ConversationId, cancellationToken);
        var record = new ConversationRecord(grant.ConversationId, grant.UserId, grant.UserName, grant.Invite, locale, grant.ChannelId, time.GetUtcNow());
        if (!await store.TryCreateAsync(record, cancellationToken))
        {
            var existing = await store.GetRecordAsync(grant.ConversationId, cancellationToken);
            return (existing ?? record, false);
        }

        var update = ActivityFactory.ConversationStarted(record, Bot(), serviceUrl);
        try
        {
            await RunTurnAsync(update, processor, cancellationToken);
        }
        catch (BotFailureException ex)
        {
            // The conversation exists and works without a greeting; the client can still talk.
            LogGreetingFailed(logger, ex.InnerException ?? ex, grant.ConversationId);
        }

        return (record, true);
    }

    /// <summary>
    /// Stores and echoes the user's activity, then runs the turn. Returns the activity's id; throws
    /// <see cref="BotFailureException"/> when the bot failed (the echo is stored all the same).
    /// </summary>
    public async Task<string> PostAsync(ConversationRecord conversation, Activity activity, Uri serviceUrl, IActivityProcessor? processor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = conversation.ConversationId;
        ActivityFactory.StampInbound(activity, conversation, Bot(), serviceUrl);
        if (activity.Type == ActivityTypes.Typing)
        {
            // The user's typing is a hint for other members, and the bot is the only one: no log, no turn.
            return ActivityFactory.EphemeralId(conversationId);
        }

        using var lease = await hub.LockTurnAsync(conversationId, cancellationToken);
        await AppendAndPublishAsync(conversationId, [activity], cancellationToken);
        if (activity.Type == ActivityTypes.Message)
        {
            // Shows the user at once that the bot is on it; the reply ends the indicator.
            hub.Publish(conversationId, new ActivitySet([ActivityFactory.BotTyping(activity, Bot(), time.GetUtcNow())], null));
        }

        await RunTurnAsync(activity, processor, cancellationToken);
        return activity.Id!;
    }

    /// <summary>The stored activities after the watermark.</summary>
    public async Task<ActivitySet> ReadAsync(string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var log = await store.ReadLogAsync(conversationId, ActivityIds.ParseWatermark(watermark), cancellationToken);
        return new ActivitySet(log.Activities, log.Watermark ?? watermark);
    }

    /// <summary>
    /// Opens a stream: the replay after the watermark, read under the log lock together with the
    /// subscription, so nothing is lost or sent twice between the two. The stream starts at the
    /// last stored sequence; later ones reach it from this instance or, through the relay, from another.
    /// </summary>
    public async Task<(ActivitySet Replay, StreamSubscription Live)> OpenStreamAsync(string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        using var lease = await hub.LockLogAsync(conversationId, cancellationToken);
        var log = await store.ReadLogAsync(conversationId, ActivityIds.ParseWatermark(watermark), cancellationToken);
        return (new ActivitySet(log.Activities, log.Watermark ?? watermark), hub.Subscribe(conversationId, log.NextSequence - 1));
    }

    private async Task RunTurnAsync(Activity inbound, IActivityProcessor? processor, CancellationToken cancellationToken)
    {
        if (processor is null)
        {
            throw new BotFailureException("No activity processor is registered.");
        }

        IReadOnlyList<Activity> replies;
        try
        {
            replies = await processor.ProcessAsync(inbound, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new BotFailureException("The bot failed to process the activity.", ex);
        }

        // Typing is shown live but never replayed; keep the order of everything else around it.
        var batch = new List<Activity>();
        foreach (var reply in replies)
        {
            if (reply.Type == ActivityTypes.Trace)
            {
                continue; // traces are for the Emulator only
            }

            ActivityFactory.AddressReply(reply, inbound, Bot());
            if (reply.Type == ActivityTypes.Typing)
            {
                await AppendAndPublishAsync(inbound.Conversation!.Id!, batch, cancellationToken);
                batch.Clear();
                reply.Id = ActivityFactory.EphemeralId(inbound.Conversation!.Id!);
                reply.Timestamp = time.GetUtcNow();
                hub.Publish(inbound.Conversation.Id!, new ActivitySet([reply], null));
            }
            else
            {
                batch.Add(reply);
            }
        }

        await AppendAndPublishAsync(inbound.Conversation!.Id!, batch, cancellationToken);
    }

    private async Task AppendAndPublishAsync(string conversationId, List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return;
        }

        using var lease = await hub.LockLogAsync(conversationId, cancellationToken);
        var log = await store.AppendAsync(conversationId, activities, cancellationToken);
        hub.Publish(conversationId, new ActivitySet([.. activities], log.Watermark));
    }

    private ChannelAccount Bot() => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed to greet Direct Line conversation {ConversationId}")]
    private static partial void LogGreetingFailed(ILogger logger, Exception exception, string conversationId);
}
