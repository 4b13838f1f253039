using System.Data.Common;
using GesprekBot.Storage.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GesprekBot.Storage.Postgres;

/// <summary>The shared database for several instances: one NpgsqlDataSource (connection pool).</summary>
internal sealed class PostgresDatabase : StorageDatabase
{
    private readonly TimeProvider _time;
    private readonly ILogger<PostgresDatabase> _logger;

    public PostgresDatabase(IOptions<StorageOptions> options, TimeProvider time, ILogger<PostgresDatabase> logger)
    {
        DataSource = NpgsqlDataSource.Create(options.Value.ConnectionStrings.Postgres
            ?? throw new InvalidOperationException("Storage:ConnectionStrings:Postgres is not configured."));
        _time = time;
        _logger = logger;
    }

    public override string Provider => StorageProviders.Postgres;

    /// <summary>For what only PostgreSQL has (LISTEN/NOTIFY, advisory locks).</summary>
    public NpgsqlDataSource DataSource { get; }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken);

    protected override Task MigrateAsync(CancellationToken cancellationToken) =>
        PostgresMigrator.MigrateAsync(DataSource, PostgresMigrations.All, _time, _logger, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
