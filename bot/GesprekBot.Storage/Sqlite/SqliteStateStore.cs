using GesprekBot.Storage.Conversations;
using GesprekBot.Storage.DirectLine;
using GesprekBot.Storage.Protection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage.Sqlite;

/// <summary>A state store that owns its own SQLite database (tools and tests; the app shares one <see cref="SqliteDatabase"/>).</summary>
internal sealed class SqliteStateStore(IOptions<StorageOptions> options, IDocumentProtector protector, TimeProvider time, ILogger<SqliteStateStore> logger)
    : ConversationStateStore(new SqliteDatabase(options, time, NullLogger<SqliteDatabase>.Instance), protector, time, logger), IDisposable
{
    /// <summary>The Direct Line tables of the same database, for tests that wire the host's parts on one store.</summary>
    internal DirectLineTables DirectLineTables() => new(Database, Protector);

    public void Dispose() => Database.Dispose();
}
