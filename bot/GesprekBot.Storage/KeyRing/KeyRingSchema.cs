namespace GesprekBot.Storage.KeyRing;

/// <summary>
/// Migration 5: the Data Protection key ring as rows, so every instance on one PostgreSQL reads the
/// same keys. SQLite gets the same table to keep both schemas alike, but keeps its key ring in
/// files: an SQLite database has one instance.
/// </summary>
internal static class KeyRingSchema
{
    public const int Version = 5;

    public const string Description = "data_protection_keys";

    // friendly_name is unique: Data Protection names each element after its key or revocation id,
    // and storing the same name again replaces it, as the file repository overwrites its file.
    public const string Postgres = """
        CREATE TABLE data_protection_keys (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            friendly_name text   NOT NULL UNIQUE,
            xml           text   NOT NULL,
            created_at    bigint NOT NULL
        );
        """;

    public const string Sqlite = """
        CREATE TABLE data_protection_keys (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            friendly_name TEXT    NOT NULL UNIQUE,
            xml           TEXT    NOT NULL,
            created_at    INTEGER NOT NULL
        );
        """;
}
