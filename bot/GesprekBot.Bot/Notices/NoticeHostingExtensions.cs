using GesprekBot.Bot.Turns;
using GesprekBot.Storage.Notices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Bot.Notices;

/// <summary>Teams team installs and channel notices; see Notices/README.md. Call after AddTurnPipeline and AddIntake.</summary>
public static class NoticeHostingExtensions
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryBaseDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryBaseDelay,
                "Notices: PollInterval and RetryBaseDelay must be positive and MaxRetryDelay at least RetryBaseDelay.")
            .Validate(o => o.ReviewBaseUrl is not { Length: > 0 } url || Uri.TryCreate(url, UriKind.Absolute, out _),
                "Notices:ReviewBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.TryAddSingleton<TeamsChannelRepository>();
        services.TryAddSingleton<NoticeOutboxRepository>();
        services.TryAddSingleton<NoticeLinks>();
        services.TryAddSingleton<NoticeDispatcher>();
        // After the intake's hook, which publishes the record this one queues notices for.
        services.AddSingleton<ITurnHook, NoticeTurnHook>();
        services.AddSingleton<ITurnHook, NoticePromiseHook>();
        services.AddHostedService<NoticeDeliveryService>();

        // The turn pipeline, wrapped so a team install is seen before the dialogs are.
        services.DecorateActivityProcessor((sp, pipeline) => ActivatorUtilities.CreateInstance<TeamInstallProcessor>(sp, pipeline));
        return builder;
    }
}
