using GesprekBot.Storage.Conversations;
using GesprekBot.Storage.Protection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage.Postgres;

/// <summary>A state store that owns its own PostgreSQL pool (tools and tests; the app shares one <see cref="PostgresDatabase"/>).</summary>
internal sealed class PostgresStateStore(IOptions<StorageOptions> options, IDocumentProtector protector, TimeProvider time, ILogger<PostgresStateStore> logger)
    : ConversationStateStore(new PostgresDatabase(options, time, NullLogger<PostgresDatabase>.Instance), protector, time, logger), IDisposable, IAsyncDisposable
{
    public void Dispose() => Database.Dispose();

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
