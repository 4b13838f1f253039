using GesprekBot.Storage.DirectLine;
using GesprekBot.Storage.Legacy;
using Microsoft.AspNetCore.StaticAssets.Infrastructure;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0 under /v3/directline and the chat page at "/", so the official Web Chat talks
/// to the bot on one machine without any Azure service.
/// </summary>
public static class DirectLineExtensions
{
    internal const string CorsPolicy = "DirectLine";

    private const string ReloadStaticAssetsAtRuntime = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder AddDirectLineChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.NewConversationsPerMinute > 0 && o.PostsPerConversationPerMinute > 0 && o.MaxStreamsPerConversation > 0 && o.MaxActivityBytes > 0 && o.MaxActivitiesPerConversation > 0 && o.KeepAliveInterval > TimeSpan.Zero,
                "DirectLine: TokenLifetime, NewConversationsPerMinute, PostsPerConversationPerMinute, MaxStreamsPerConversation, MaxActivityBytes, MaxActivitiesPerConversation and KeepAliveInterval must be positive.")
            .Validate(o => Origins.AllAreOrigins(o.AllowedOrigins), "DirectLine:AllowedOrigins: each entry must be an origin, scheme://host[:port] over http or https, without a path or a wildcard.")
            .ValidateOnStart();
        builder.Services.AddOptions<ChatPageOptions>()
            .BindConfiguration(ChatPageOptions.SectionName)
            .Validate(o => Origins.AllAreOrigins(o.FrameAncestors), "ChatPage:FrameAncestors: each entry must be an origin, scheme://host[:port] over http or https, without a path or a wildcard.")
            .ValidateOnStart();

        // The build serves what publish serves: the manifest's caching headers (immutable for
        // fingerprinted names) and no runtime file watching, unless a developer turns it on.
        builder.Configuration[ReloadStaticAssetsAtRuntime] ??= "false";
        // Run from a build (dotnet run, the tests' bot processes) in any environment, not only
        // Development: the compressed files live in obj/, listed by the build's runtime manifest.
        // A published app has no such manifest, and this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton<DirectLineSecret>();
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddSingleton<DirectLineAuth>();
        builder.Services.AddSingleton<DirectLineHub>();
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<DirectLineConversations>();
        builder.Services.AddSingleton<DirectLineStreamRelay>();
        builder.Services.AddSingleton<IDirectLineAppendListener>(sp => sp.GetRequiredService<DirectLineStreamRelay>());
        builder.Services.AddSingleton<IStorageUpgrade, DirectLineLegacyUpgrade>();
        builder.Services.AddCors();
        builder.Services.AddDirectLineRateLimits();
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>, DirectLineCorsSetup>();
        return builder;
    }

    public static WebApplication MapDirectLineChannel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();

        // MapStaticAssets: the SDK compresses wwwroot at build (gzip and Brotli, see the csproj)
        // and fingerprints it; each file is served with ETag, Vary and the best encoding the
        // browser accepts, fingerprinted names immutable for a year, plain names no-cache. Its
        // development fallback route (the reason UseStaticFiles was used before) only exists while
        // ReloadStaticAssetsAtRuntime is on, which AddDirectLineChannel turns off by default.
        // The bot's own manifest by name: a host that starts the bot in another program (the load
        // benchmark) would otherwise look for that program's manifest and fail at start.
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{typeof(DirectLineExtensions).Assembly.GetName().Name}.staticwebassets.endpoints.json");
        var manifestPath = File.Exists(manifest) ? manifest : null;
        app.MapStaticAssets(manifestPath).Add(endpoint =>
        {
            var serve = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
            {
                ChatPageSecurity.ApplyCommon(context);
                return serve(context);
            };
        });
        var template = new ChatPageTemplate(StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, manifestPath));

        var group = app.MapGroup(DirectLineUrls.BasePath).RequireCors(CorsPolicy);
        DirectLineTokenEndpoints.Map(group);
        DirectLineConversationEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);
        ChatPageEndpoints.Map(app, template);
        return app;
    }
}
