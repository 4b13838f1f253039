using GesprekBot.Bot.Tests.Channels.BotFramework;
using GesprekBot.Storage;
using GesprekBot.Storage.KeyRing;
using GesprekBot.Storage.Sqlite;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempDirectory _contentRoot = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _contentRoot.Dispose();
    }

    [Fact]
    public async Task Defaults_are_an_encrypted_sqlite_file_under_the_content_root()
    {
        await using var app = Build([]);

        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var store = app.Services.GetRequiredService<IStateStore>();
        await store.WriteAsync("webchat/users/u1", """{"naam":"Anna"}""", null);

        Assert.Equal(StorageProviders.Sqlite, options.Provider);
        Assert.Equal(Path.Combine(_contentRoot.Path, "data"), options.DataDirectory);
        Assert.Equal(Path.Combine(_contentRoot.Path, "data", "keys"), options.KeysDirectory);
        Assert.IsType<SqliteDatabase>(app.Services.GetRequiredService<GesprekBot.Storage.Database.StorageDatabase>());
        Assert.Same(store, app.Services.GetRequiredService<IStateStore>());
        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, "data", "gesprekbot.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_contentRoot.Path, "data", "keys"), "key-*.xml"));
    }

    [Fact]
    public async Task Directories_come_from_configuration()
    {
        await using var app = Build(new() { ["Storage:DataDirectory"] = "state", ["Storage:KeysDirectory"] = "/run/gesprekbot-keys" });

        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(Path.Combine(_contentRoot.Path, "state"), options.DataDirectory);
        Assert.Equal("/run/gesprekbot-keys", options.KeysDirectory);
    }

    [Fact]
    public async Task Unknown_provider_fails_startup_with_a_readable_message()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Mongo" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Storage:Provider 'Mongo' is not supported; use 'Sqlite' or 'Postgres'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_fails_startup_with_a_readable_message()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("no connection string is configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparsable_connection_string_is_reported_without_echoing_its_password()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionStrings:Postgres"] = "Hostname=db;Passwort=geheim123" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("cannot be parsed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_connection_string_may_come_from_the_standard_section()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "postgres", ["ConnectionStrings:Postgres"] = "Host=db;Database=gesprekbot" });

        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal("Host=db;Database=gesprekbot", options.ConnectionStrings.Postgres);
    }

    [Fact]
    public async Task Postgres_in_Production_without_a_key_ring_certificate_fails_startup_with_a_readable_message()
    {
        await using var app = Build(PostgresWithoutCertificate, "Production");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Storage:KeysCertificatePath is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_in_Development_without_a_certificate_keeps_the_ring_in_the_database_and_warns()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = Build(PostgresWithoutCertificate, "Development", logs);

        var keys = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;

        Assert.IsType<DatabaseXmlRepository>(keys.XmlRepository);
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning: Data Protection: the key ring is kept in PostgreSQL without Storage:KeysCertificatePath", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_contentRoot.Path, "data", "keys")));
    }

    private static Dictionary<string, string?> PostgresWithoutCertificate => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=nobody;Password=x;Timeout=1",
    };

    private WebApplication Build(Dictionary<string, string?> settings, string environment = "Testing", CapturingLoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot.Path, EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.AddStorage();
        return builder.Build();
    }
}
