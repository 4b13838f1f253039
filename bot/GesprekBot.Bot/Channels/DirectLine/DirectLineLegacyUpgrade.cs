using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.DirectLine;
using GesprekBot.Storage.Legacy;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Moves the documents older versions kept per Direct Line conversation
/// (<c>directline/conversations/{id}/record</c> and <c>…/log</c>) into the Direct Line tables: the
/// record becomes the conversation row (with the log's next sequence), each logged activity a row
/// under its own sequence. Only ids of our own shape are moved; anything else written under that
/// prefix (an /api/messages caller could, see the F1 finding) is not a Direct Line conversation.
/// </summary>
public sealed partial class DirectLineLegacyUpgrade(DirectLineTables tables, ILogger<DirectLineLegacyUpgrade> logger) : IStorageUpgrade
{
    internal const string Prefix = "directline/conversations/";

    public int Order => 41;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var items = (await documents.ReadPrefixAsync(Prefix, cancellationToken)).ToDictionary(i => i.Key, StringComparer.Ordinal);
        foreach (var conversationId in items.Keys.Select(ConversationIdOf).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!items.TryGetValue(RecordKey(conversationId), out var record))
            {
                continue; // a log without its record was never reachable
            }

            items.TryGetValue(LogKey(conversationId), out var log);
            try
            {
                await tables.ImportAsync(ToRow(conversationId, record, log, out var activities), activities, cancellationToken);
            }
            catch (JsonException ex)
            {
                LogUnreadable(logger, ex);
                continue;
            }

            await documents.DeleteAsync(record.Key, cancellationToken);
            if (log is not null)
            {
                await documents.DeleteAsync(log.Key, cancellationToken);
            }
        }
    }

    internal static string RecordKey(string conversationId) => $"{Prefix}{conversationId}/record";

    internal static string LogKey(string conversationId) => $"{Prefix}{conversationId}/log";

    private static string? ConversationIdOf(string key)
    {
        var rest = key[Prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var id = slash < 0 ? null : rest[..slash];
        var kind = slash < 0 ? null : rest[(slash + 1)..];
        return DirectLineIds.IsConversationId(id) && kind is "record" or "log" ? id : null;
    }

    private static DirectLineConversationRow ToRow(string conversationId, StoreItem recordItem, StoreItem? logItem, out IReadOnlyList<StoredActivity> activities)
    {
        var record = JsonSerializer.Deserialize<ConversationRecord>(recordItem.Json, DirectLineJson.Options);

        // Compared with the key: a record overwritten through the old shared namespace is not one.
        if (record is null || record.ConversationId != conversationId || record.UserId is null || record.ChannelId is null)
        {
            throw new JsonException("Not a Direct Line record.");
        }

        var log = logItem is null ? new ConversationLog() : JsonSerializer.Deserialize<ConversationLog>(logItem.Json, DirectLineJson.Options) ?? new ConversationLog();
        activities = [.. log.Activities
            .Select(a => (Activity: a, Sequence: ActivityIds.SequenceOf(a.Id)))
            .Where(a => a.Sequence is { } s && s > 0 && s < log.NextSequence)
            .Select(a => new StoredActivity(a.Sequence!.Value, a.Activity.Timestamp ?? record.CreatedAt, JsonSerializer.Serialize(a.Activity, DirectLineJson.Options)))];
        return new DirectLineConversationRow(
            record.ConversationId, record.UserId, DirectLineConversationStore.DetailsJson(record), record.ChannelId, record.CreatedAt, log.NextSequence);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A legacy Direct Line document could not be read; it stays where it is.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
