using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Conversations;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.KeyRing;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Postgres;
using GesprekBot.Storage.Protection;
using GesprekBot.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage;

public static class StorageExtensions
{
    /// <summary>Data Protection application name: instances sharing a key ring read each other's data.</summary>
    internal const string ApplicationName = "GesprekBot";

    /// <summary>
    /// Registers <see cref="IStateStore"/> for <c>Storage:Provider</c>, encryption at rest and a
    /// startup warm-up. Everything but the key-ring certificate is read from configuration when the
    /// container resolves it, so test hosts can still override the settings.
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddStateStorage();

        // Unlike the rest, read now: Data Protection only accepts the key-ring certificate at
        // registration. It is a production setting; test hosts do not need to override it.
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        storage.ResolvePaths(builder.Environment.ContentRootPath);
        if (KeyRingCertificate.Load(storage) is { } certificate)
        {
            builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }

        return builder;
    }

    internal static IServiceCollection AddStateStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .PostConfigure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionStrings.Postgres))
                {
                    options.ConnectionStrings.Postgres = configuration.GetConnectionString("Postgres");
                }

                options.ResolvePaths(environment.ContentRootPath);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.AddKeyRing();
        services.TryAddSingleton<IDocumentProtector, DataProtectionDocumentProtector>();

        services.TryAddSingleton(CreateDatabase);
        services.TryAddSingleton<IStateStore>(sp => ActivatorUtilities.CreateInstance<ConversationStateStore>(
            sp, sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConversationStateStore>()));
        services.TryAddSingleton<LegacyDocuments>();
        services.AddConversationStorage();
        services.AddIntakeStorage();
        services.AddAccountStorage();
        services.AddHostedService<StorageWarmupService>();
        return services;
    }

    private static StorageDatabase CreateDatabase(IServiceProvider services) =>
        StorageProviders.IsPostgres(services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider)
            ? ActivatorUtilities.CreateInstance<PostgresDatabase>(services)
            : ActivatorUtilities.CreateInstance<SqliteDatabase>(services);
}
