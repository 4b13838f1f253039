using GesprekBot.Bot.Tests.Storage.Postgres;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Protection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GesprekBot.Bot.Tests.Storage.KeyRing;

/// <summary>With Storage:Provider=Postgres the Data Protection key ring is rows in the shared database.</summary>
[Collection(SharedPostgresServer.Name)]
public sealed class PostgresKeyRingTests(PostgresServerFixture server) : IDisposable
{
    private const string Password = "geheim";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_second_instance_reads_what_the_first_wrote()
    {
        var database = await server.CreateDatabaseAsync();
        var key = "msteams/conversations/" + Guid.NewGuid().ToString("N");
        await using var first = Build(database, "a");
        await using var second = Build(database, "b");

        await first.Services.GetRequiredService<IStateStore>().WriteAsync(key, """{"antwoord":"ja"}""", null);

        Assert.Equal("""{"antwoord":"ja"}""", (await second.Services.GetRequiredService<IStateStore>().ReadAsync(key))?.Json);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "a", "data", "keys")));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM data_protection_keys WHERE friendly_name LIKE 'key-%';"));
    }

    [Fact]
    public async Task Instances_starting_together_on_an_empty_ring_create_one_key_and_read_each_other()
    {
        var database = await server.CreateDatabaseAsync();
        var apps = Enumerable.Range(0, 4).Select(i => Build(database, "i" + i)).ToList();
        try
        {
            // Migrated first: the migration lock would otherwise queue the instances one by one.
            foreach (var app in apps)
            {
                await app.Services.GetRequiredService<StorageDatabase>().EnsureMigratedAsync(CancellationToken.None);
            }

            var protectors = apps.Select(app => app.Services.GetRequiredService<IDocumentProtector>()).ToList();
            using var start = new Barrier(protectors.Count);

            var payloads = await Task.WhenAll(protectors.Select((protector, i) => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return protector.Protect("k", $"instance {i}");
                },
                TaskCreationOptions.LongRunning)));

            Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM data_protection_keys;"));
            foreach (var protector in protectors)
            {
                Assert.Equal(Enumerable.Range(0, payloads.Length).Select(i => $"instance {i}"), payloads.Select(p => protector.Unprotect("k", p)));
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task With_a_certificate_the_rows_hold_no_key_material_in_plain()
    {
        var database = await server.CreateDatabaseAsync();
        await using var app = Build(database, "a");

        _ = app.Services.GetRequiredService<IDocumentProtector>().Protect("k", "geheim antwoord");

        var xml = (string)(await ScalarAsync(database, "SELECT xml FROM data_protection_keys;"))!;
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_files_from_before_the_upgrade_are_imported_so_old_documents_stay_readable()
    {
        var database = await server.CreateDatabaseAsync();
        var keys = Path.Combine(_directory.Path, "old-keys");
        var written = StorageTestFactory.CreateProtector(keys).Protect("intakes/1", """{"naam":"Sam"}""");

        await using var app = Build(database, "a", new() { ["Storage:KeysDirectory"] = keys });

        Assert.Equal("""{"naam":"Sam"}""", app.Services.GetRequiredService<IDocumentProtector>().Unprotect("intakes/1", written));
        Assert.Equal((long)Directory.GetFiles(keys, "*.xml").Length, await ScalarAsync(database, "SELECT COUNT(*) FROM data_protection_keys;"));
    }

    private WebApplication Build(string database, string instance, Dictionary<string, string?>? overrides = null)
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(_directory.Path, instance)).FullName;
        var certificate = Path.Combine(_directory.Path, "keyring.pfx");
        if (!File.Exists(certificate))
        {
            TestCertificate.Write(certificate, Password);
        }

        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionStrings:Postgres"] = database,
            ["Storage:KeysCertificatePath"] = certificate,
            ["Storage:KeysCertificatePassword"] = Password,
        };
        foreach (var (name, value) in overrides ?? [])
        {
            settings[name] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        return builder.Build();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
