using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GesprekBot.Storage;

/// <summary>
/// Turns a misconfigured store into one readable startup error instead of a failure deep inside
/// the first conversation.
/// </summary>
internal sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!StorageProviders.IsSqlite(options.Provider) && !StorageProviders.IsPostgres(options.Provider))
        {
            failures.Add($"Storage:Provider '{options.Provider}' is not supported; use '{StorageProviders.Sqlite}' or '{StorageProviders.Postgres}'.");
        }

        if (StorageProviders.IsPostgres(options.Provider) && string.IsNullOrWhiteSpace(options.ConnectionStrings.Postgres))
        {
            failures.Add("Storage:Provider is 'Postgres' but no connection string is configured; set Storage:ConnectionStrings:Postgres (or ConnectionStrings:Postgres).");
        }

        if (StorageProviders.IsPostgres(options.Provider) && !string.IsNullOrWhiteSpace(options.ConnectionStrings.Postgres)
            && !IsValidPostgresConnectionString(options.ConnectionStrings.Postgres))
        {
            // The message must not echo the string: it may carry a password.
            failures.Add("The Postgres connection string cannot be parsed; check its keywords (Host=…;Database=…;Username=…;Password=…).");
        }

        // The key ring in the database decrypts everything in it: without a certificate, a dump is
        // a readable copy of every client's answers. Development may go without (it warns).
        if (StorageProviders.IsPostgres(options.Provider) && string.IsNullOrWhiteSpace(options.KeysCertificatePath) && environment.IsProduction())
        {
            failures.Add("Storage:Provider is 'Postgres' but Storage:KeysCertificatePath is not set: in Production the key ring kept in PostgreSQL must be encrypted with a certificate (a PKCS#12 file with its private key, Storage:KeysCertificatePassword for its password).");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Storage:DataDirectory must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidPostgresConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
