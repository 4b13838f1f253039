using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage.KeyRing;

internal static class KeyRingStorageExtensions
{
    /// <summary>
    /// Where the Data Protection key ring lives: with PostgreSQL in the shared database (every
    /// instance reads every key), with SQLite in the files of <c>Storage:KeysDirectory</c>.
    /// Decided when the options are first read, so test hosts can still switch the provider.
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(StorageExtensions.ApplicationName);
        services.TryAddSingleton<FirstKeyGate>();
        services.TryAddSingleton<KeyFileImport>();
        services.TryAddSingleton<DatabaseXmlRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider>((keys, provider) => keys.XmlRepository = Repository(provider));
        return services;
    }

    private static IXmlRepository Repository(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var loggerFactory = provider.GetRequiredService<ILoggerFactory>();
        if (!StorageProviders.IsPostgres(storage.Provider))
        {
            return new FileSystemXmlRepository(PrivateDirectory.Create(storage.KeysDirectory!), loggerFactory);
        }

        // Refused at start in Production by the options validator; elsewhere said once, loudly.
        if (string.IsNullOrWhiteSpace(storage.KeysCertificatePath))
        {
            loggerFactory.CreateLogger<DatabaseXmlRepository>().KeyRingUnencrypted();
        }

        return provider.GetRequiredService<DatabaseXmlRepository>();
    }
}
