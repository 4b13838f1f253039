using GesprekBot.Storage.DirectLine;
using GesprekBot.Storage.Legacy;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0 under /v3/directline and the chat page at "/", so the official Web Chat talks
/// to the bot on one machine without any Azure service.
/// </summary>
public static class DirectLineExtensions
{
    internal const string CorsPolicy = "DirectLine";

    public static WebApplicationBuilder AddDirectLineChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.NewConversationsPerMinute > 0 && o.MaxActivityBytes > 0 && o.MaxActivitiesPerConversation > 0 && o.KeepAliveInterval > TimeSpan.Zero,
                "DirectLine: TokenLifetime, NewConversationsPerMinute, MaxActivityBytes, MaxActivitiesPerConversation and KeepAliveInterval must be positive.")
            .ValidateOnStart();
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

        // UseStaticFiles rather than MapStaticAssets: in development the latter adds a catch-all
        // fallback route that turns 405s elsewhere (GET /api/messages) into 404s.
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => ChatPageSecurity.ApplyCommon(file.Context) });

        var group = app.MapGroup(DirectLineUrls.BasePath).RequireCors(CorsPolicy);
        DirectLineTokenEndpoints.Map(group);
        DirectLineConversationEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);
        ChatPageEndpoints.Map(app);
        return app;
    }
}
