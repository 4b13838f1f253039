using GesprekBot.Bot.Tests.Storage;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Settings for bot instances that share one PostgreSQL database, as a scaled-out deployment does:
/// the same database, the same Data Protection key ring and the same Direct Line secret, each
/// instance with its own data folder.
/// </summary>
internal sealed class PostgresInstances(string connectionString) : IDisposable
{
    private readonly TempDirectory root = new();

    public Dictionary<string, string?> Settings(string instance, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionStrings:Postgres"] = connectionString,
            ["Storage:KeysDirectory"] = Path.Combine(root.Path, "keys"),
            ["Storage:DataDirectory"] = Path.Combine(root.Path, instance),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Dispose() => root.Dispose();
}
