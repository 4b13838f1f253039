using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using GesprekBot.Bot.Tests.Protocol.Connector;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Channels.Teams;

/// <summary>
/// The whole real app (real turn pipeline, real dialogs, real SQLite) with channel authentication on
/// against locally signed tokens, the bot's token from a stub identity endpoint, and a stub Teams
/// connector that records every reply. Payloads are the JSON files under Payloads/.
/// </summary>
internal sealed class TeamsBot : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string Tenant = "3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f";
    public const string BotToken = "bot-token-teams";

    private readonly WebApplicationFactory<Program> factory;
    private readonly TempDirectory data = new();
    private int sent;

    public TeamsBot(Dictionary<string, string?>? settings = null)
    {
        Identity = new StubHttpHandler(request => Tokens.Serve(request.RequestUri!)
            ?? FakeTokenEndpoint.Serve(request, BotApp.TokenAuthority, BotToken)
            ?? new HttpResponseMessage(HttpStatusCode.NotFound));
        // Teams answers a sent activity with the new message's id.
        Connector = new StubHttpHandler(_ => StubHttpHandler.Json($$"""{"id":"17646666{{Interlocked.Increment(ref sent):D5}}"}"""));
        var all = BotApp.AuthOn(withPassword: true).Concat(settings ?? []);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(all));
            web.ConfigureTestServices(services =>
            {
                services.AddHttpClient(HttpClientDocumentRetriever.ClientName).ConfigurePrimaryHttpMessageHandler(() => Identity);
                services.AddHttpClient(MsalTokenProvider.ClientName).ConfigurePrimaryHttpMessageHandler(() => Identity);
                services.AddHttpClient(ConnectorClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            });
        });
        Client = factory.CreateClient();
    }

    public TestTokens Tokens { get; } = new();

    public StubHttpHandler Identity { get; }

    /// <summary>The Teams connector: every reply the bot sent, in order.</summary>
    public StubHttpHandler Connector { get; }

    public HttpClient Client { get; }

    /// <summary>A payload file with its $placeholders$ filled in (values JSON-escaped).</summary>
    public static string Payload(string name, params (string Key, string Value)[] values)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Teams", "Payloads", name));
        foreach (var (key, value) in values.Append(("tenant", Tenant)))
        {
            json = json.Replace($"${key}$", JsonEncodedText.Encode(value).ToString(), StringComparison.Ordinal);
        }

        return json;
    }

    /// <summary>Posts an activity to /api/messages as the Bot Framework would for Teams: with a channel token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Channel(ServiceUrl));
        return await Client.SendAsync(request);
    }

    /// <summary>Posts and returns the replies the bot sent to the connector for it.</summary>
    public async Task<IReadOnlyList<SentReply>> ExchangeAsync(string json)
    {
        var before = Connector.Requests.Count;
        using var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. Connector.Requests.Skip(before).Select(r => new SentReply(r, JsonDocument.Parse(r.Body!).RootElement.Clone()))];
    }

    public async Task<StoreItem?> StoredAsync(string conversationId) =>
        await factory.Services.GetRequiredService<IStateStore>().ReadAsync("msteams/conversations/" + conversationId);

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        Tokens.Dispose();
        data.Dispose();
    }
}

/// <summary>One reply as the connector received it.</summary>
internal sealed record SentReply(RecordedRequest Request, JsonElement Body)
{
    public string? Text => Body.TryGetProperty("text", out var t) ? t.GetString() : null;

    /// <summary>The Adaptive Card attached to the reply, or null.</summary>
    public JsonElement? Card => Body.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0
        && a[0].GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive"
            ? a[0].GetProperty("content")
            : null;

    /// <summary>The card's Action.Submit buttons: title and data.</summary>
    public IReadOnlyList<(string? Title, JsonElement Data)> Buttons => Card is { } card
        ? [.. AllActions(card).Select(a => (a.GetProperty("title").GetString(), a.GetProperty("data")))]
        : [];

    private static IEnumerable<JsonElement> AllActions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit" => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllActions(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllActions),
        _ => [],
    };
}
