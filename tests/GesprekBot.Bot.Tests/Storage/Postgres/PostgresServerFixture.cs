using Npgsql;

namespace GesprekBot.Bot.Tests.Storage.Postgres;

/// <summary>
/// One real PostgreSQL server for all Postgres tests: the one named by
/// <c>GESPREKBOT_TEST_POSTGRES</c> (a connection string whose role may create databases) or else a
/// throwaway local server. Every database created here is dropped at the end. When no server can
/// be had the tests fail with the reason; they are never skipped.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "GESPREKBOT_TEST_POSTGRES";

    private readonly List<string> _databases = [];
    private LocalPostgresServer? _server;
    private string _adminConnectionString = string.Empty;

    /// <summary>A database shared by tests that use unique keys.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(external))
        {
            _server = await LocalPostgresServer.StartAsync();
            _adminConnectionString = _server.AdminConnectionString;
        }
        else
        {
            _adminConnectionString = external;
        }

        ConnectionString = await CreateDatabaseAsync();
    }

    /// <summary>A new, empty database, for tests that need to watch migrations happen.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "gesprekbot_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", connection);
            await command.ExecuteNonQueryAsync();
        }

        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync(); // the databases go with the server's folder
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        foreach (var name in _databases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedPostgresServer : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
