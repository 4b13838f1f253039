using System.Globalization;

namespace GesprekBot.Benchmarks.Growth;

/// <summary>How big the store grows and how much is measured before and after.</summary>
internal sealed record GrowthOptions(int Intakes, int Conversations, int Concurrency, int Pages, int Rounds, string Provider)
{
    public static GrowthOptions Parse(IReadOnlyList<string> args)
    {
        string? Value(string name)
        {
            var at = args.ToList().IndexOf(name);
            return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
        }

        int Int(string name, int fallback) =>
            int.TryParse(Value(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

        return new GrowthOptions(
            Intakes: Int("--intakes", 100_000),
            Conversations: Int("--conversations", 64),
            Concurrency: Int("--concurrency", 16),
            Pages: Int("--pages", 200),
            Rounds: Int("--rounds", 4),
            Provider: Value("--provider") ?? "Sqlite");
    }
}
