namespace GesprekBot.Storage;

/// <summary>Bound from the <c>Storage</c> configuration section.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProviders.Sqlite"/> (default) or <see cref="StorageProviders.Postgres"/>.</summary>
    // A string, not an enum: the binder's conversion error for a typo does not list the valid
    // values, our validator does.
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Where the SQLite file (and by default the keys) live; relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Data Protection key ring with SQLite; defaults to <c>{DataDirectory}/keys</c>. With PostgreSQL
    /// the ring is in the database, and key files found here are imported into it once.
    /// </summary>
    public string? KeysDirectory { get; set; }

    /// <summary>
    /// PKCS#12 file whose certificate encrypts the key ring at rest; without it the keys are plain
    /// XML and anyone with a copy of the key folder (or a dump of PostgreSQL) can read every
    /// document. Required in Production with PostgreSQL.
    /// </summary>
    public string? KeysCertificatePath { get; set; }

    public string? KeysCertificatePassword { get; set; }

    public StorageConnectionStrings ConnectionStrings { get; set; } = new();

    internal string SqliteDatabasePath => Path.Combine(DataDirectory, "gesprekbot.db");

    /// <summary>Makes the directories absolute so nothing depends on the process's working directory.</summary>
    internal void ResolvePaths(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(KeysCertificatePath))
        {
            KeysCertificatePath = Path.GetFullPath(Path.Combine(contentRoot, KeysCertificatePath));
        }

        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            return; // reported by the validator
        }

        DataDirectory = Path.GetFullPath(Path.Combine(contentRoot, DataDirectory));
        KeysDirectory = string.IsNullOrWhiteSpace(KeysDirectory)
            ? Path.Combine(DataDirectory, "keys")
            : Path.GetFullPath(Path.Combine(contentRoot, KeysDirectory));
    }
}

internal sealed class StorageConnectionStrings
{
    /// <summary>An Npgsql connection string; also read from the top-level <c>ConnectionStrings:Postgres</c>.</summary>
    public string? Postgres { get; set; }
}
