using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Bot.Turns;
using GesprekBot.Dialogs;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Interruptions;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Legacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Bot.Intake;

public static class IntakeHostingExtensions
{
    /// <summary>Configuration key: days drafts and resume codes are kept (default 30).</summary>
    public const string RetentionDaysKey = "Intake:RetentionDays";

    /// <summary>Configuration key: the service a client asks to erase an earlier intake (optional).</summary>
    public const string ServiceNameKey = "Intake:ServiceName";

    /// <summary>
    /// The intake's storage (records are rows of the storage project, placed in an organisation by the review's
    /// <see cref="IntakeOrganisations"/>; resume codes, the links and tombstones its erasure needs; the upgrade of older documents) and its turn hook; the engine is composed with
    /// the configured retention; the turn pipeline runs this engine.
    /// </summary>
    public static WebApplicationBuilder AddIntake(this WebApplicationBuilder builder)
    {
        var days = builder.Configuration.GetValue(RetentionDaysKey, 30);
        var options = new IntakeOptions { Retention = TimeSpan.FromDays(Math.Clamp(days, 1, 3650)) };
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services =>
            GesprekBotDialogs.CreateEngine(services.GetRequiredService<TimeProvider>(), options));
        builder.Services.AddSingleton(new IntakeChatSettings(builder.Configuration[ServiceNameKey]?.Trim()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IIntakePlacement>(services => services.GetRequiredService<IntakeOrganisations>()));
        builder.Services.AddSingleton<IStorageUpgrade, IntakeDocumentsUpgrade>();
        builder.Services.AddSingleton<StateStoreResumeCodes>();
        builder.Services.AddSingleton<IResumeCodes>(services => services.GetRequiredService<StateStoreResumeCodes>());
        builder.Services.AddSingleton<IntakeLinkStore>();
        builder.Services.AddSingleton<IntakeTombstones>();
        builder.Services.AddIntakeLinkUpgrades();
        builder.Services.AddSingleton<IntakeErasure>();
        builder.Services.AddSingleton<IntakeTurnErasure>();
        builder.Services.AddSingleton<ITurnHook, IntakeTurnHook>();
        builder.Services.AddSingleton<ITurnHook, InviteTurnHook>();
        builder.Services.AddHostedService<IntakeRetentionService>();
        return builder;
    }
}
