using System.Globalization;

namespace GesprekBot.Benchmarks.Load;

/// <summary>Bounds of one load run: it always stops by itself, in count and in time (the time limit is per round).</summary>
internal sealed record LoadOptions(int Conversations, int Concurrency, TimeSpan MaxDuration, string Provider, int Rounds = 2, Uri? Url = null)
{
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        string? Value(string name)
        {
            var at = args.ToList().IndexOf(name);
            return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
        }

        int Int(string name, int fallback) =>
            int.TryParse(Value(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

        return new LoadOptions(
            Conversations: Int("--conversations", 200),
            Concurrency: Int("--concurrency", 16),
            MaxDuration: TimeSpan.FromSeconds(Int("--seconds", 120)),
            Provider: Value("--provider") ?? "Sqlite",
            Rounds: Int("--rounds", 2),
            Url: Value("--url") is { } url ? new Uri(url) : null);
    }
}
