using System.Net;
using System.Text;
using GesprekBot.Bot.Channels.BotFramework;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Bot.Tests.Notices;

/// <summary>
/// The real app (real turn pipeline, dialogs, SQLite, notices) on a fake clock, with the Teams
/// connector answered by a stub that records every call. Channel authentication is off and the stub's
/// serviceUrl is configured as trusted, as such a deployment would list it.
/// </summary>
internal sealed class NoticesApp : IDisposable
{
    public const string ServiceUrl = "https://smba.test/emea/";
    public const string TeamChannel = "19:caw-oost-general@thread.tacv2";
    public const string BotId = "28:gesprekbot";

    private readonly WebApplicationFactory<Program> factory;
    private readonly TempDirectory data = new();
    private int activityNumber;

    public NoticesApp(bool linkChannel = true)
    {
        Channel = new StubHttpHandler(request => ChannelResponses.TryDequeue(out var next)
            ? next()
            : StubHttpHandler.Json("""{"id":"posted-1"}""", HttpStatusCode.Created));
        var settings = new Dictionary<string, string?>
        {
            ["Bot:TrustedServiceUrls:0"] = ServiceUrl,
            ["Bot:AllowAnonymousMessages"] = "true",
            // The connector's own quick retries off: these tests watch the outbox's retries.
            ["Bot:Connector:MaxRetryAttempts"] = "0",
            ["Review:DefaultOrganisation"] = "CAW Oost",
            ["Notices:ReviewBaseUrl"] = "https://review.caw.test/",
            ["Notices:RetryBaseDelay"] = "00:00:30",
            // The background loop runs once at start; the tests run the passes themselves.
            ["Notices:PollInterval"] = "1.00:00:00",
        };
        if (linkChannel)
        {
            settings["Notices:Organisations:CAW Oost:TeamsChannelId"] = TeamChannel;
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
            web.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddHttpClient(ConnectorClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
            });
        });
        Client = factory.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 8, 30, 0, TimeSpan.Zero));

    public StubHttpHandler Channel { get; }

    public System.Collections.Concurrent.ConcurrentQueue<Func<HttpResponseMessage?>> ChannelResponses { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>The calls that started a conversation (a proactive notice).</summary>
    public IReadOnlyList<RecordedRequest> NoticePosts =>
        [.. Channel.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal))];

    public Task<HttpResponseMessage> PostAsync(string json) =>
        Client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>A client's message in a personal Teams chat, through the real turn pipeline.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"msg-{++activityNumber}",
            ChannelId = ChannelIds.MsTeams,
            ServiceUrl = ServiceUrl,
            Text = text,
            Locale = "nl-BE",
            From = new ChannelAccount { Id = "29:client" },
            Recipient = new ChannelAccount { Id = BotId },
            Conversation = new ConversationAccount { Id = "a:personal-client", ConversationType = "personal" },
        };
        var replies = await Services.GetRequiredService<IActivityProcessor>().ProcessAsync(activity, CancellationToken.None);
        // In Teams a question with choices is an Adaptive Card: its text is in the card's body.
        return [.. replies.SelectMany(r => (IEnumerable<string>)[r.Text ?? string.Empty, .. (r.Attachments ?? []).SelectMany(a => Texts(a.Content))])];
    }

    private static IEnumerable<string> Texts(System.Text.Json.JsonElement? element)
    {
        if (element is not { } e)
        {
            yield break;
        }

        if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var property in e.EnumerateObject())
            {
                if (property.Name == "text" && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var text in Texts(property.Value))
                    {
                        yield return text;
                    }
                }
            }
        }
        else if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var text in e.EnumerateArray().SelectMany(item => Texts(item)))
            {
                yield return text;
            }
        }
    }

    public static HttpResponseMessage Status(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = StubHttpHandler.Json("""{"error":{"code":"x","message":"y"}}""", status);
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    }

    public static string TeamInstall(string id = "f:install-1", string type = "conversationUpdate", string members = "\"membersAdded\"", string eventType = "teamMemberAdded") => $$"""
        {"type":"{{type}}","id":"{{id}}","channelId":"msteams","serviceUrl":"{{ServiceUrl}}","action":"add",
         "from":{"id":"29:admin"},"recipient":{"id":"{{BotId}}","name":"GesprekBot"},
         {{members}}:[{"id":"{{BotId}}"}],
         "conversation":{"id":"{{TeamChannel}}","isGroup":true,"conversationType":"channel","tenantId":"tenant-1"},
         "channelData":{"eventType":"{{eventType}}","tenant":{"id":"tenant-1"},"team":{"id":"{{TeamChannel}}","name":"CAW Oost"},"channel":{"id":"{{TeamChannel}}"} } }
        """;

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        data.Dispose();
    }
}
