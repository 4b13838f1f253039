using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Erasure;

/// <summary>A client in the web chat, over the real Direct Line endpoints: says something, reads what the bot answered.</summary>
internal sealed class ErasureChat(DirectLineTestClient client, string conversationId, string token)
{
    public const string Name = "Xandrijn";
    public const string Secret = "mijn geheim 12345";
    public const string Member = "Quentijn";

    private string? watermark;

    public string ConversationId => conversationId;

    public static async Task<ErasureChat> StartAsync(HttpClient http)
    {
        var client = new DirectLineTestClient(http);
        var started = await client.StartNewAsync();
        var chat = new ErasureChat(client, started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
        await chat.ReadNewAsync();
        return chat;
    }

    /// <summary>Consent, a name, a secret answer the bot echoes, and a network member: the copies an erasure must reach.</summary>
    public static async Task<ErasureChat> PlantAsync(HttpClient http)
    {
        var chat = await StartAsync(http);
        await chat.SayAsync("ja");
        await chat.SayAsync(Name);
        await chat.SayAsync("ik wil hulp bij mijn budget");
        Assert.Contains(await chat.SayAsync(Secret), r => r.Contains(Secret, StringComparison.Ordinal));
        await chat.SayAsync("ja");
        for (var turn = 0; turn < 40 && !(await chat.SayAsync("overslaan")).Any(r => r.Contains("Gezin en familie", StringComparison.Ordinal)); turn++)
        {
        }

        Assert.Contains(await chat.SayAsync($"mijn broer {Member}"), r => r.Contains(Member, StringComparison.Ordinal));
        return chat;
    }

    /// <summary>Posts a message and answers the bot's replies to it.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        using var response = await client.PostMessageAsync(conversationId, token, text);
        await DirectLineTestClient.ReadOkAsync(response);
        return [.. (await ReadNewAsync()).Where(a => a.Role == "bot").Select(a => a.Text)];
    }

    /// <summary>Everything the Direct Line GET answers for this conversation from the start.</summary>
    public async Task<string> AllActivitiesAsync() =>
        (await client.ActivitiesAsync(conversationId, token)).ToJsonString();

    private async Task<List<(string? Role, string Text)>> ReadNewAsync()
    {
        var set = await client.ActivitiesAsync(conversationId, token, watermark);
        watermark = set["watermark"]?.GetValue<string>() ?? watermark;
        return [.. set["activities"]!.AsArray().Select(a => (a!["from"]?["role"]?.GetValue<string>(), a["text"]?.GetValue<string>() ?? string.Empty))];
    }
}
