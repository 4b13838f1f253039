using System.Text.Json;
using System.Text.Json.Serialization;
using GesprekBot.Storage.Legacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>How earlier versions wrote the review's documents (<c>review/...</c>), for the upgrades that move them into tables.</summary>
internal static class LegacyReviewDocuments
{
    /// <summary>The options <c>ReviewDocuments</c> wrote with.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Upgrades run before the intakes' (which need the invites for the organisation).</summary>
    public const int Order = 10;

    /// <summary>Registers the upgrades of caseworker accounts, invites and the audit log.</summary>
    public static IServiceCollection AddReviewAccountUpgrades(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, CaseworkersUpgrade>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, Invites.InvitesUpgrade>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageUpgrade, Audit.AuditUpgrade>());
        return services;
    }
}
