using System.Text.RegularExpressions;

namespace GesprekBot.EndToEnd.Tests.ScaleOut;

/// <summary>
/// One client's intake, to the end, with its turns alternating between two instances and some
/// activities delivered twice — after each other to the other instance, or to both at once, as a
/// channel retrying on another instance would.
/// </summary>
internal sealed partial class AlternatingIntake(int number, HttpClient[] instances)
{
    private int _turn;

    public string Conversation { get; } = $"scaleout-{number}-{Guid.NewGuid():N}";

    public string Name { get; } = Names[number % Names.Length];

    /// <summary>An answer only this intake has, to find it once in the review app.</summary>
    public string Question { get; } = $"meer mensen leren kennen in wijk {number}";

    public int Duplicates { get; private set; }

    /// <summary>Activities sent, duplicates not counted.</summary>
    public int Turns => _turn;

    /// <returns>The intake code the bot gave at the end.</returns>
    public async Task<string> RunAsync()
    {
        Expect(await SayAsync("hallo"), "Mag ik je antwoorden bewaren?");
        Expect(await SayAsync("ja"), "Hoe wil je dat ik je noem?");
        Expect(await SayAsync(Name), "Wat brengt je hier?");
        Expect(await SayAsync("ik ben veel alleen"), "Waarmee zou je graag geholpen worden?");
        Expect(await SayAsync(Question), "Heb ik goed begrepen dat dit je vraag is");
        await SayAsync("ja");

        // "Klopt dit?" cannot be skipped: the client confirms it.
        var next = "overslaan";
        for (var turn = 0; turn < 80; turn++)
        {
            var replies = await SayAsync(next);
            if (replies.Select(r => CodePattern().Match(r)).FirstOrDefault(m => m.Success) is { } done)
            {
                return done.Groups[1].Value;
            }

            next = replies.Contains("Klopt dit?") ? "ja" : "overslaan";
        }

        throw new InvalidOperationException($"Intake {Conversation} did not finish in 80 turns.");
    }

    private async Task<string[]> SayAsync(string text)
    {
        var turn = _turn++;
        var id = $"{Conversation}-{turn}";
        var target = instances[(number + turn) % 2];
        var other = instances[(number + turn + 1) % 2];
        if (turn % 5 == 3)
        {
            Duplicates++;
            var both = await Task.WhenAll(
                EmulatorClient.SayAsync(target, Conversation, id, text),
                EmulatorClient.SayAsync(other, Conversation, id, text));
            Assert.Equal(both[0], both[1]);
            return both[0];
        }

        var replies = await EmulatorClient.SayAsync(target, Conversation, id, text);
        if (turn % 3 == 1)
        {
            Duplicates++;
            Assert.Equal(replies, await EmulatorClient.SayAsync(other, Conversation, id, text));
        }

        return replies;
    }

    private void Expect(string[] replies, string start) =>
        Assert.True(replies.Any(r => r.StartsWith(start, StringComparison.Ordinal)), $"{Conversation} turn {_turn - 1}: expected '{start}', got: {string.Join(" | ", replies)}");

    private static readonly string[] Names = ["Sam", "Mo", "Lies", "Anna", "Jonas", "Noor", "Wout", "Fien", "Lotte", "Emma"];

    [GeneratedRegex(@"^Klaar! Je code is ([2-9A-Z-]+)\.")]
    private static partial Regex CodePattern();
}
