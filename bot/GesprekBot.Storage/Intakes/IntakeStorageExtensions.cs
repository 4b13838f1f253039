using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Storage.Intakes;

public static class IntakeStorageExtensions
{
    /// <summary>
    /// Intakes, their review status and notes as rows. The host that has a review replaces
    /// <see cref="IIntakePlacement"/> (where a new intake lands); without one, intakes start unassigned.
    /// </summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IIntakePlacement, UnassignedPlacement>();
        services.TryAddSingleton<IIntakeRepository, SqlIntakeRepository>();
        services.TryAddSingleton<IntakeCatalog>();
        services.TryAddSingleton<ReviewRecords>();
        services.TryAddSingleton<IntakeImport>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, IntakeQueryNamesUpgrade>());
        return services;
    }
}
