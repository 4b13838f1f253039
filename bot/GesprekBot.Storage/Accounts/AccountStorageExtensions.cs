using GesprekBot.Storage.Audit;
using GesprekBot.Storage.Invites;
using GesprekBot.Storage.Links;
using GesprekBot.Storage.ResumeCodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GesprekBot.Storage.Accounts;

public static class AccountStorageExtensions
{
    /// <summary>Caseworker accounts, invites, the audit log, resume codes, intake links and tombstones (migration 3).</summary>
    public static IServiceCollection AddAccountStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<CaseworkerRepository>();
        services.TryAddSingleton<InviteRepository>();
        services.TryAddSingleton<AuditRepository>();
        services.TryAddSingleton<ResumeCodeRepository>();
        services.TryAddSingleton<IntakeLinkRepository>();
        services.TryAddSingleton<IntakeTombstoneRepository>();
        return services;
    }
}
