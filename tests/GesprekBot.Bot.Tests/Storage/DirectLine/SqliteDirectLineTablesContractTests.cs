using GesprekBot.Storage.Database;
using GesprekBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage.DirectLine;

public sealed class SqliteDirectLineTablesContractTests : DirectLineTablesContractTests, IDisposable
{
    private readonly TempDirectory directory = new();

    protected override string KeysDirectory => Path.Combine(directory.Path, "keys");

    protected override StorageDatabase CreateDatabase() =>
        new SqliteDatabase(Options.Create(StorageTestFactory.SqliteOptions(Path.Combine(directory.Path, "data"))), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);

    // xunit runs this after DisposeAsync has closed the databases.
    public void Dispose() => directory.Dispose();
}
