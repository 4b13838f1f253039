using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Bot.Protocol.Connector;
using GesprekBot.Bot.Tests.Protocol.Connector;
using GesprekBot.Bot.Tests.Storage;
using GesprekBot.Bot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// The real app in memory, with the turn pipeline faked and every outbound HTTP call (metadata,
/// bot token, connector) answered by stubs.
/// </summary>
internal sealed class BotApp : IDisposable
{
    public const string ServiceUrl = "https://channel.test/emea/";
    public const string BotToken = "bot-token-123";
    public const string TokenAuthority = "https://login.test/tenant-x";

    private readonly WebApplicationFactory<Program> factory;
    private readonly TempDirectory data = new();

    public BotApp(Dictionary<string, string?>? settings = null, FakeActivityProcessor? processor = null, TimeProvider? timeProvider = null, string? environment = null)
    {
        Processor = processor ?? new FakeActivityProcessor();
        Identity = new StubHttpHandler(request => Tokens.Serve(request.RequestUri!)
            ?? FakeTokenEndpoint.Serve(request, TokenAuthority, BotToken)
            ?? new HttpResponseMessage(HttpStatusCode.NotFound));
        Channel = new StubHttpHandler(request => ChannelResponses.TryDequeue(out var next)
            ? next()
            : StubHttpHandler.Json("""{"id":"sent-1"}"""));

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:DataDirectory", data.Path);
            if (environment is not null)
            {
                web.UseEnvironment(environment);
            }

            // Without auth the stub channel is a configured serviceUrl, as such a deployment would list its
            // own; with auth it becomes trusted by an authenticated activity, as in production.
            var trustStub = settings?.ContainsKey("Bot:MicrosoftAppId") != true
                ? new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = ServiceUrl }
                : [];
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(trustStub.Concat(settings ?? [])));
            web.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<IActivityProcessor>(Processor);
                if (timeProvider is not null)
                {
                    services.AddSingleton(timeProvider);
                }

                services.AddHttpClient(HttpClientDocumentRetriever.ClientName).ConfigurePrimaryHttpMessageHandler(() => Identity);
                services.AddHttpClient(MsalTokenProvider.ClientName).ConfigurePrimaryHttpMessageHandler(() => Identity);
                services.AddHttpClient(ConnectorClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
            });
        });
        Client = factory.CreateClient();
    }

    /// <summary>Settings that switch channel authentication on against the local test authorities.</summary>
    public static Dictionary<string, string?> AuthOn(bool withPassword = false) => new()
    {
        ["Bot:MicrosoftAppId"] = TestTokens.AppId,
        ["Bot:MicrosoftAppPassword"] = withPassword ? "secret" : null,
        ["Bot:OpenIdMetadataUrl"] = TestTokens.ChannelMetadataUrl,
        ["Bot:EmulatorOpenIdMetadataUrl"] = TestTokens.EmulatorMetadataUrl,
        ["Bot:Token:Authority"] = TokenAuthority,
        ["Bot:Token:InstanceDiscovery"] = "false",
    };

    public TestTokens Tokens { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeActivityProcessor Processor { get; }

    public StubHttpHandler Identity { get; }

    /// <summary>The channel's connector API; answers 200 {"id"} unless a response is queued.</summary>
    public StubHttpHandler Channel { get; }

    public System.Collections.Concurrent.ConcurrentQueue<Func<HttpResponseMessage?>> ChannelResponses { get; } = new();

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public async Task<HttpResponseMessage> PostAsync(string json, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        Tokens.Dispose();
        data.Dispose();
    }

    public static string Message(string channelId = "msteams", string serviceUrl = ServiceUrl, string extra = "") => $$"""
        {"type":"message","id":"act/1","channelId":"{{channelId}}","serviceUrl":"{{serviceUrl}}","text":"hallo",
         "from":{"id":"user-1"},"recipient":{"id":"bot-1"},"conversation":{"id":"a:conv 1"}{{extra}}}
        """;
}
