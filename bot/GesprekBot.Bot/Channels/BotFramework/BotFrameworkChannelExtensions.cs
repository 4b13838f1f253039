using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Protocol.Auth;
using GesprekBot.Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.BotFramework;

/// <summary>The Bot Framework channel: /api/messages, channel authentication and the connector client.</summary>
public static class BotFrameworkChannelExtensions
{
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        RefuseRetiredSettings(builder.Configuration);
        // Fail at start-up, not on the first activity, when the settings cannot work.
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .Validate(o => IsAbsolute(o.OpenIdMetadataUrl) && IsAbsolute(o.EmulatorOpenIdMetadataUrl),
                "Bot:OpenIdMetadataUrl and Bot:EmulatorOpenIdMetadataUrl must be absolute URLs.")
            .Validate(o => o.MaxRequestBodyBytes > 0, "Bot:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName)
            .Validate(o => o.MaxRetryAttempts >= 0 && o.AttemptTimeout > TimeSpan.Zero && o.TotalTimeout >= o.AttemptTimeout && o.BaseDelay >= TimeSpan.Zero && o.BreakDuration > TimeSpan.Zero,
                "Bot:Connector settings are out of range.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(HttpClientDocumentRetriever.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddOptions<BotTokenOptions>().BindConfiguration(BotTokenOptions.SectionName);
        services.AddHttpClient(MsalTokenProvider.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        // Timeouts come from the resilience pipeline (per attempt); the client's own would cut across retries.
        services.AddHttpClient(ConnectorClient.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).AddConnectorResilience();

        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<OpenIdMetadataSource>();
        services.TryAddSingleton<SignedTokenValidator>();
        services.TryAddSingleton<IChannelAuthenticator, ChannelAuthenticator>();
        services.TryAddSingleton<IBotTokenProvider, MsalTokenProvider>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<ReplyDelivery>();
        return builder;
    }

    public static WebApplication MapBotFrameworkChannel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        WarnAboutConfiguration(app);
        // Only POST is mapped: routing answers other verbs with 405.
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync);
        return app;
    }

    private const string RetiredTokenUrlKey = "Bot:OAuthTokenUrl";

    /// <summary>
    /// A setting of earlier versions that nothing reads any more would be silently ignored in a
    /// deployment, so the bot refuses to start and names the setting that replaced it.
    /// </summary>
    internal static void RefuseRetiredSettings(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[RetiredTokenUrlKey]))
        {
            throw new InvalidOperationException(
                $"{RetiredTokenUrlKey} is no longer read: the outbound token comes from Bot:Token:Authority " +
                $"(for example https://login.microsoftonline.com/{{tenant}}); set that instead and remove {RetiredTokenUrlKey}.");
        }
    }

    private static bool IsAbsolute(string? url) => Uri.TryCreate(url, UriKind.Absolute, out _);

    private static void WarnAboutConfiguration(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotFrameworkChannelExtensions).Namespace!);
        if (!options.AuthenticationEnabled)
        {
            BotFrameworkLog.AuthenticationDisabled(logger);
        }
        else if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            BotFrameworkLog.NoAppPassword(logger);
        }
    }
}
