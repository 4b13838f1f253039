using Microsoft.Extensions.Logging;
using Npgsql;

namespace GesprekBot.Storage.Postgres;

/// <summary>Brings a PostgreSQL database up to the newest <see cref="PostgresMigrations"/>.</summary>
internal static class PostgresMigrator
{
    // Any constant works as long as nothing else in the database uses it; this one is "GesprekB".
    private const long AdvisoryLockId = 0x4765737072656B42;

    public static async Task MigrateAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<SchemaMigration> migrations, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Several instances starting together queue here; the lock ends with the transaction, and
        // DDL is transactional, so a failed step leaves nothing half-applied.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@lock);", cancellationToken, ("lock", AdvisoryLockId));
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     integer     NOT NULL PRIMARY KEY,
                description text        NOT NULL,
                applied_at  timestamptz NOT NULL
            );
            """, cancellationToken);

        await using var query = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
        var current = (int)(await query.ExecuteScalarAsync(cancellationToken))!;
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > newest)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database is at schema version {current}, newer than this build knows ({newest}). Run a newer build.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await ExecuteAsync(
                connection,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at);",
                cancellationToken,
                ("version", migration.Version),
                ("description", migration.Description),
                ("at", time.GetUtcNow()));
            logger.MigrationApplied(StorageProviders.Postgres, migration.Version, migration.Description);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
