using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GesprekBot.Bot.Tests.Storage;

namespace GesprekBot.Bot.Tests.Turns;

/// <summary>The README's promise: curl an expectReplies activity, get the consent question, and keep going after a restart.</summary>
public sealed class MessagesThroughTheRealPipelineTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private static async Task<string[]> PostAsync(HttpClient client, string id, string text)
    {
        using var body = new StringContent(ActivityBuilder.ExpectRepliesJson(id, text), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. json.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? string.Empty)];
    }

    [Fact]
    public async Task ExpectReplies_returns_the_consent_question_with_buttons()
    {
        using var host = new BotHost(data.Path);
        using var body = new StringContent(ActivityBuilder.ExpectRepliesJson("a1", "hallo"), Encoding.UTF8, "application/json");

        using var response = await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        var last = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").EnumerateArray().Last();
        Assert.StartsWith("Mag ik je antwoorden bewaren?", last.GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = last.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());
        Assert.Equal(["Ja", "Nee"], buttons);
    }

    [Fact]
    public async Task After_a_restart_the_conversation_continues_at_the_step_it_was_at()
    {
        using (var before = new BotHost(data.Path))
        {
            await PostAsync(before.Client, "a1", "hallo");
            var afterConsent = await PostAsync(before.Client, "a2", "ja");
            Assert.StartsWith("Hoe wil je dat ik je noem?", afterConsent[^1], StringComparison.Ordinal);
        }

        using var after = new BotHost(data.Path);
        Assert.Equal(["Fijn je te leren kennen, Sam.", "Stap 2 van 8: je vraag.", "Wat brengt je hier?"], await PostAsync(after.Client, "a3", "Sam"));
    }
}
