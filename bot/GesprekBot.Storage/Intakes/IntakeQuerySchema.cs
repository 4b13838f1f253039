namespace GesprekBot.Storage.Intakes;

/// <summary>
/// Migration 6: what the review list searches and sorts on beyond migration 2. Names stay ciphertext
/// in the record; to find them by a part of the name, each intake's folded name is kept as keyed
/// hashes of its 2- and 3-letter pieces (a blind index, see <see cref="IntakeQueryNames"/>): the
/// database can match pieces but not read them back. The key is a random one, stored encrypted.
/// </summary>
internal static class IntakeQuerySchema
{
    public const int Version = 6;

    public const string Description = "name search, assignee and open-first list";

    public const string Sqlite = """
        CREATE TABLE search_keys (
            id      TEXT NOT NULL PRIMARY KEY,
            payload BLOB NOT NULL
        );
        CREATE TABLE intake_names (
            intake_id TEXT NOT NULL PRIMARY KEY REFERENCES intakes (id) ON DELETE CASCADE,
            name_mac  TEXT NOT NULL
        );
        CREATE TABLE intake_name_grams (
            gram      TEXT NOT NULL,
            intake_id TEXT NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
            PRIMARY KEY (gram, intake_id)
        );
        CREATE INDEX intake_name_grams_intake ON intake_name_grams (intake_id);
        CREATE INDEX review_status_assignee ON review_status (assignee);
        CREATE INDEX intakes_recent ON intakes (organisation_key, sort_at DESC, id, status, urgent);
        CREATE INDEX intakes_urgent ON intakes (organisation_key, urgent, sort_at DESC, id, status);
        """;

    public const string Postgres = """
        CREATE TABLE search_keys (
            id      text  NOT NULL PRIMARY KEY,
            payload bytea NOT NULL
        );
        CREATE TABLE intake_names (
            intake_id text NOT NULL PRIMARY KEY REFERENCES intakes (id) ON DELETE CASCADE,
            name_mac  text NOT NULL
        );
        CREATE TABLE intake_name_grams (
            gram      text NOT NULL,
            intake_id text NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
            PRIMARY KEY (gram, intake_id)
        );
        CREATE INDEX intake_name_grams_intake ON intake_name_grams (intake_id);
        CREATE INDEX review_status_assignee ON review_status (assignee);
        CREATE INDEX intakes_recent ON intakes (organisation_key, sort_at DESC, id, status, urgent);
        CREATE INDEX intakes_urgent ON intakes (organisation_key, urgent, sort_at DESC, id, status);
        """;
}
