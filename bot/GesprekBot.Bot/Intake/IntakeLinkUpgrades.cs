using GesprekBot.Storage.Legacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Bot.Intake;

internal static class IntakeLinkUpgrades
{
    /// <summary>Upgrades run before the intakes', so an intake erased before the upgrade is known to be erased.</summary>
    public const int Order = 10;

    /// <summary>Registers the upgrades of resume codes, intake links and tombstones.</summary>
    public static IServiceCollection AddIntakeLinkUpgrades(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, ResumeCodesUpgrade>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, IntakeLinksUpgrade>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, IntakeTombstonesUpgrade>());
        return services;
    }
}
