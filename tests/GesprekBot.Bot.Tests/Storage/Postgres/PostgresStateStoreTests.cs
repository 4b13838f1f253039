using System.Net;
using System.Net.Sockets;
using System.Text;
using GesprekBot.Storage;
using GesprekBot.Storage.Postgres;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GesprekBot.Bot.Tests.Storage.Postgres;

[Collection(SharedPostgresServer.Name)]
public sealed class PostgresStateStoreTests(PostgresServerFixture server) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Instances_starting_together_apply_each_migration_once()
    {
        var database = await server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 5).Select(_ => StorageTestFactory.CreatePostgresStore(database, _directory.Path)).ToList();
        try
        {
            var pings = await Task.WhenAll(stores.Select(store => Task.Run(() => store.PingAsync())));

            Assert.All(pings, Assert.True);
            Assert.Equal((long)PostgresMigrations.All.Count, await ScalarAsync(database, "SELECT COUNT(*) FROM schema_version;"));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Plaintext_never_reaches_the_database()
    {
        var key = "msteams/conversations/" + Guid.NewGuid().ToString("N");
        var secret = "GeheimAntwoord-" + Guid.NewGuid().ToString("N");
        await using (var store = StorageTestFactory.CreatePostgresStore(server.ConnectionString, _directory.Path))
        {
            await store.WriteAsync(key, $$"""{"answer":"{{secret}}"}""", null);
        }

        var payload = (byte[])(await ScalarAsync(server.ConnectionString, "SELECT state FROM conversations WHERE key = @key;", key))!;

        Assert.NotEmpty(payload);
        Assert.True(payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_clearly()
    {
        var database = await server.CreateDatabaseAsync();
        await using (var first = StorageTestFactory.CreatePostgresStore(database, _directory.Path))
        {
            Assert.True(await first.PingAsync());
        }

        await ScalarAsync(database, "INSERT INTO schema_version VALUES (99, 'future', now());");

        await using var store = StorageTestFactory.CreatePostgresStore(database, _directory.Path);
        Assert.False(await store.PingAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReadAsync("k"));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_makes_ping_false_not_throw()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now

        await using var store = StorageTestFactory.CreatePostgresStore(
            $"Host=127.0.0.1;Port={port};Username=nobody;Password=x;Database=none;Timeout=2", _directory.Path);

        Assert.False(await store.PingAsync());
    }

    [Fact]
    public async Task AddStorage_with_provider_Postgres_registers_the_postgres_store()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _directory.Path, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionStrings:Postgres"] = server.ConnectionString,
        });
        builder.AddStorage();
        await using var app = builder.Build();

        var store = app.Services.GetRequiredService<IStateStore>();
        var key = "directline/users/" + Guid.NewGuid().ToString("N");
        await store.WriteAsync(key, """{"via":"AddStorage"}""", null);

        Assert.IsType<PostgresDatabase>(app.Services.GetRequiredService<GesprekBot.Storage.Database.StorageDatabase>());
        Assert.Equal("""{"via":"AddStorage"}""", (await store.ReadAsync(key))?.Json);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, string? key = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        return await command.ExecuteScalarAsync();
    }
}
