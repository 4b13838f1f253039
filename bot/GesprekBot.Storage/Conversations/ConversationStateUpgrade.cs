using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Conversations;

/// <summary>
/// Moves the turn pipeline's legacy state documents (<c>{channel}/conversations/{id}</c>, which is
/// also the key a resume code points at) into <c>conversations</c>. Keys of other kinds, and the
/// Direct Line record/log documents that share the pattern, are left to their own upgrades.
/// </summary>
internal sealed class ConversationStateUpgrade(StorageDatabase database, IDocumentProtector protector, TimeProvider time) : IStorageUpgrade
{
    private const string Marker = "/conversations/";

    // Owned by other upgrades. A channel id is caller text, so a conversation key can start like one
    // of these ("intakes/conversations/x"); leaving it beats moving another kind's document.
    private static readonly string[] OtherKinds = ["intakes/", "review/", "resume-codes/", "intake-links/", "intake-erasures/", "directline/"];

    public int Order => 40;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        foreach (var key in await CandidateKeysAsync(cancellationToken))
        {
            if (IsConversationStateKey(key))
            {
                await MoveAsync(key, documents, cancellationToken);
            }
        }
    }

    /// <summary>True for keys ConversationKey builds, except those another upgrade owns.</summary>
    internal static bool IsConversationStateKey(string key)
    {
        var marker = key.IndexOf(Marker, StringComparison.Ordinal);
        if (marker <= 0 || marker + Marker.Length == key.Length)
        {
            return false;
        }

        // "directline/conversations/{id}" is the state of a conversation on the directline channel;
        // "directline/conversations/{id}/record|log" is Direct Line's own (DirectLineLegacyUpgrade).
        if (key.StartsWith("directline" + Marker, StringComparison.Ordinal))
        {
            return !key.AsSpan("directline".Length + Marker.Length).Contains('/');
        }

        return !OtherKinds.Any(kind => key.StartsWith(kind, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> CandidateKeysAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT key FROM documents WHERE key LIKE '%/conversations/%' ORDER BY key;", cancellationToken: cancellationToken));
        return [.. keys];
    }

    private async Task MoveAsync(string key, LegacyDocuments documents, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var payload = await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
                "SELECT payload FROM documents WHERE key = @key;", new { key }, cancellationToken: cancellationToken));
            if (payload is null)
            {
                return; // another instance moved it meanwhile
            }

            // Re-encrypted under the row's purpose. DO NOTHING: a row that exists was written by a
            // turn of this version (the upgrade runs while the app serves) and is the newer state.
            var json = protector.Unprotect(key, payload);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO conversations (key, state, etag, updated_at) VALUES (@key, @state, @etag, @at)
                ON CONFLICT (key) DO NOTHING;
                """,
                new { key, state = protector.Protect(ConversationStateStore.Purpose(key), json), etag = ETags.New(), at = StorageTime.ToColumn(time.GetUtcNow()) },
                cancellationToken: cancellationToken));
        }

        await documents.DeleteAsync(key, cancellationToken);
    }
}
