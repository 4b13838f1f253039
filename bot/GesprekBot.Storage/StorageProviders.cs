namespace GesprekBot.Storage;

/// <summary>The accepted values of <c>Storage:Provider</c>.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static bool IsSqlite(string provider) => string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgres(string provider) => string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
