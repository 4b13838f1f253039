namespace GesprekBot.Storage.Accounts;

/// <summary>
/// Migration 3: caseworker accounts, invites, the audit log, resume codes, and the intake links and
/// tombstones its erasure needs. The same columns on both providers; only the types differ.
/// </summary>
internal static class AccountSchema
{
    public const int Version = 3;

    public const string Description = "caseworkers, invites, audit log, resume codes, intake links and tombstones";

    public const string Sqlite = """
        CREATE TABLE caseworkers (
            id              TEXT    NOT NULL PRIMARY KEY,
            email           TEXT    NOT NULL UNIQUE,
            organisation    TEXT    NOT NULL,
            is_admin        INTEGER NOT NULL,
            failed_sign_ins INTEGER NOT NULL,
            locked_until    INTEGER NULL,
            secret          BLOB    NOT NULL
        );
        CREATE TABLE invites (
            code             TEXT    NOT NULL PRIMARY KEY,
            organisation     TEXT    NOT NULL,
            organisation_key TEXT    NOT NULL,
            created_at       INTEGER NOT NULL,
            created_by       BLOB    NOT NULL
        );
        CREATE INDEX invites_by_organisation ON invites (organisation_key, created_at);
        CREATE TABLE audit_log (
            id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            organisation_key TEXT    NOT NULL,
            at               INTEGER NOT NULL,
            user_id          TEXT    NOT NULL,
            user_name        BLOB    NOT NULL,
            action           TEXT    NOT NULL,
            intake_id        TEXT    NULL,
            detail           TEXT    NULL
        );
        CREATE INDEX audit_log_by_organisation ON audit_log (organisation_key, at, id);
        CREATE TABLE resume_codes (
            code_hash        BLOB    NOT NULL PRIMARY KEY,
            conversation_key BLOB    NOT NULL,
            expires_at       INTEGER NOT NULL
        );
        CREATE INDEX resume_codes_by_expiry ON resume_codes (expires_at);
        CREATE TABLE intake_links (
            intake_id TEXT    NOT NULL,
            kind      INTEGER NOT NULL,
            link_hash BLOB    NOT NULL,
            payload   BLOB    NOT NULL,
            PRIMARY KEY (intake_id, kind, link_hash)
        );
        CREATE TABLE intake_tombstones (
            intake_id TEXT    NOT NULL PRIMARY KEY,
            erased_at INTEGER NOT NULL
        );
        CREATE INDEX intake_tombstones_by_time ON intake_tombstones (erased_at);
        """;

    public const string Postgres = """
        CREATE TABLE caseworkers (
            id              text    NOT NULL PRIMARY KEY,
            email           text    NOT NULL UNIQUE,
            organisation    text    NOT NULL,
            is_admin        integer NOT NULL,
            failed_sign_ins integer NOT NULL,
            locked_until    bigint  NULL,
            secret          bytea   NOT NULL
        );
        CREATE TABLE invites (
            code             text   NOT NULL PRIMARY KEY,
            organisation     text   NOT NULL,
            organisation_key text   NOT NULL,
            created_at       bigint NOT NULL,
            created_by       bytea  NOT NULL
        );
        CREATE INDEX invites_by_organisation ON invites (organisation_key, created_at);
        CREATE TABLE audit_log (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            organisation_key text   NOT NULL,
            at               bigint NOT NULL,
            user_id          text   NOT NULL,
            user_name        bytea  NOT NULL,
            action           text   NOT NULL,
            intake_id        text   NULL,
            detail           text   NULL
        );
        CREATE INDEX audit_log_by_organisation ON audit_log (organisation_key, at, id);
        CREATE TABLE resume_codes (
            code_hash        bytea  NOT NULL PRIMARY KEY,
            conversation_key bytea  NOT NULL,
            expires_at       bigint NOT NULL
        );
        CREATE INDEX resume_codes_by_expiry ON resume_codes (expires_at);
        CREATE TABLE intake_links (
            intake_id text    NOT NULL,
            kind      integer NOT NULL,
            link_hash bytea   NOT NULL,
            payload   bytea   NOT NULL,
            PRIMARY KEY (intake_id, kind, link_hash)
        );
        CREATE TABLE intake_tombstones (
            intake_id text   NOT NULL PRIMARY KEY,
            erased_at bigint NOT NULL
        );
        CREATE INDEX intake_tombstones_by_time ON intake_tombstones (erased_at);
        """;
}
