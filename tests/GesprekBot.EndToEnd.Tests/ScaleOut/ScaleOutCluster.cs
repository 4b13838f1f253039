using System.Security.Cryptography;
using GesprekBot.Bot.Tests.Storage.KeyRing;
using GesprekBot.Bot.Tests.Storage.Postgres;

namespace GesprekBot.EndToEnd.Tests.ScaleOut;

/// <summary>
/// The documented scale-out: one PostgreSQL, two bot processes started together on it, each with
/// its own data folder (so nothing is shared through files), the same key-ring certificate and the
/// same Direct Line secret. Production settings otherwise: the certificate is required there.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const string CaseworkerEmail = "an@caw-oost.be";
    public const string CaseworkerPassword = "correct horse battery";

    private readonly PostgresServerFixture _postgres = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gesprekbot-scaleout-" + Guid.NewGuid().ToString("N"));

    public BotProcess A { get; private set; } = null!;

    public BotProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        await _postgres.InitializeAsync();
        var database = await _postgres.CreateDatabaseAsync();
        var certificate = Path.Combine(_root, "keyring.pfx");
        TestCertificate.Write(certificate, "geheim");
        var shared = new Dictionary<string, string>
        {
            ["environment"] = "Production",
            // The test's Emulator client posts unauthenticated activities from this machine.
            ["Bot:AllowAnonymousMessages"] = "true",
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionStrings:Postgres"] = database,
            ["Storage:KeysCertificatePath"] = certificate,
            ["Storage:KeysCertificatePassword"] = "geheim",
            ["DirectLine:Secret"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            ["Review:DefaultOrganisation"] = "CAW Oost",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        // The first caseworker on one instance only: creating accounts at start is not what this proves.
        var a = BotProcess.StartAsync("A", With(shared, "a", new()
        {
            ["Review:FirstCaseworker:Email"] = CaseworkerEmail,
            ["Review:FirstCaseworker:Name"] = "An",
            ["Review:FirstCaseworker:Organisation"] = "CAW Oost",
            ["Review:FirstCaseworker:Password"] = CaseworkerPassword,
        }));
        var b = BotProcess.StartAsync("B", With(shared, "b", []));
        try
        {
            A = await a;
            B = await b;
        }
        catch
        {
            await DisposeStartedAsync(a, b);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await _postgres.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private Dictionary<string, string> With(Dictionary<string, string> shared, string instance, Dictionary<string, string> own)
    {
        var settings = new Dictionary<string, string>(shared) { ["Storage:DataDirectory"] = Path.Combine(_root, instance) };
        foreach (var (key, value) in own)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task DisposeStartedAsync(params Task<BotProcess>[] starts)
    {
        foreach (var start in starts)
        {
            try
            {
                await (await start).DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // this one did not start; its error is the one being reported
            }
            catch (TimeoutException)
            {
                // likewise
            }
        }
    }
}
