namespace GesprekBot.Storage.Intakes;

/// <summary>
/// Migration 2: intakes, their review status and the caseworkers' notes. Only what the review list
/// filters and sorts on is plain; the record (answers, name, map) and the notes are ciphertext.
/// sort_at is COALESCE(submitted_at, updated_at), stored so the list's index can order by it.
/// </summary>
internal static class IntakeSchema
{
    public const int Version = 2;

    public const string Description = "intakes, review status and notes";

    public const string Sqlite = """
        CREATE TABLE intakes (
            id               TEXT    NOT NULL PRIMARY KEY,
            organisation     TEXT    NULL,
            organisation_key TEXT    NULL,
            code_hash        TEXT    NULL,
            invite_hash      TEXT    NULL,
            status           TEXT    NOT NULL,
            urgent           INTEGER NOT NULL,
            created_at       INTEGER NOT NULL,
            updated_at       INTEGER NOT NULL,
            submitted_at     INTEGER NULL,
            sort_at          INTEGER NOT NULL,
            record           BLOB    NOT NULL
        );
        CREATE INDEX intakes_list ON intakes (organisation_key, urgent DESC, sort_at DESC, id);
        CREATE INDEX intakes_code ON intakes (code_hash);
        CREATE INDEX intakes_invite ON intakes (organisation_key, invite_hash);
        CREATE INDEX intakes_purge ON intakes (status, updated_at);
        CREATE TABLE review_status (
            intake_id  TEXT    NOT NULL PRIMARY KEY REFERENCES intakes (id) ON DELETE CASCADE,
            status     TEXT    NOT NULL,
            assignee   TEXT    NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE review_notes (
            id        TEXT    NOT NULL PRIMARY KEY,
            intake_id TEXT    NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
            at        INTEGER NOT NULL,
            author_id TEXT    NOT NULL,
            payload   BLOB    NOT NULL
        );
        CREATE INDEX review_notes_intake ON review_notes (intake_id, at, id);
        """;

    public const string Postgres = """
        CREATE TABLE intakes (
            id               text    NOT NULL PRIMARY KEY,
            organisation     text    NULL,
            organisation_key text    NULL,
            code_hash        text    NULL,
            invite_hash      text    NULL,
            status           text    NOT NULL,
            urgent           integer NOT NULL,
            created_at       bigint  NOT NULL,
            updated_at       bigint  NOT NULL,
            submitted_at     bigint  NULL,
            sort_at          bigint  NOT NULL,
            record           bytea   NOT NULL
        );
        CREATE INDEX intakes_list ON intakes (organisation_key, urgent DESC, sort_at DESC, id);
        CREATE INDEX intakes_code ON intakes (code_hash);
        CREATE INDEX intakes_invite ON intakes (organisation_key, invite_hash);
        CREATE INDEX intakes_purge ON intakes (status, updated_at);
        CREATE TABLE review_status (
            intake_id  text   NOT NULL PRIMARY KEY REFERENCES intakes (id) ON DELETE CASCADE,
            status     text   NOT NULL,
            assignee   text   NULL,
            updated_at bigint NOT NULL
        );
        CREATE TABLE review_notes (
            id        text   NOT NULL PRIMARY KEY,
            intake_id text   NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
            at        bigint NOT NULL,
            author_id text   NOT NULL,
            payload   bytea  NOT NULL
        );
        CREATE INDEX review_notes_intake ON review_notes (intake_id, at, id);
        """;
}
