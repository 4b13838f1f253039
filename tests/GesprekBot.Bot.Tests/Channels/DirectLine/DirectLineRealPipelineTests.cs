using GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

namespace GesprekBot.Bot.Tests.Channels.DirectLine;

/// <summary>Direct Line through the app's own turn pipeline and dialogs, not a test processor.</summary>
public sealed class DirectLineRealPipelineTests
{
    [Fact]
    public async Task The_real_bot_greets_asks_consent_with_buttons_and_goes_on_after_Ja()
    {
        await using var server = DirectLineTestServer.Start(new InMemoryStateStore());
        var client = server.Client();
        var started = await client.StartNewAsync();
        var (conversationId, token) = (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());

        var greeting = (await client.ActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        var question = greeting[^1]!;
        using var answer = await client.PostMessageAsync(conversationId, token, "Ja");
        await DirectLineTestClient.ReadOkAsync(answer);
        var after = (await client.ActivitiesAsync(conversationId, token, watermark: greeting.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))["activities"]!.AsArray();

        Assert.Contains(greeting, a => a!["text"]!.GetValue<string>().StartsWith("Hallo, ik ben GesprekBot", StringComparison.Ordinal));
        Assert.Equal(["Ja", "Nee"], question["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("Ja", after[0]!["text"]!.GetValue<string>());
        Assert.Contains(after, a => a!["text"]!.GetValue<string>().StartsWith("Hoe wil je dat ik je noem?", StringComparison.Ordinal));
    }
}
