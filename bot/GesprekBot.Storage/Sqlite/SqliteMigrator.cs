using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Storage.Sqlite;

/// <summary>Brings a SQLite file up to the newest <see cref="SqliteMigrations"/>.</summary>
internal static class SqliteMigrator
{
    public static async Task MigrateAsync(
        SqliteConnection connection, IReadOnlyList<SchemaMigration> migrations, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        // WAL is a property of the file (it persists), so once per process is enough. It lets
        // readers proceed while a turn is being written.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        // BEGIN IMMEDIATE: a second process starting at the same moment waits here instead of
        // failing halfway through a CREATE TABLE.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER NOT NULL PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """, cancellationToken);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > newest)
        {
            throw new InvalidOperationException(
                $"The SQLite database is at schema version {current}, newer than this build knows ({newest}). Run a newer build or restore a backup.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$description", migration.Description);
            record.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
            logger.MigrationApplied(StorageProviders.Sqlite, migration.Version, migration.Description);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
