namespace GesprekBot.Storage.Notices;

/// <summary>
/// Migration 7: the Teams channels the bot was added to (the conversation reference a proactive
/// notice needs) and the outbox of channel notices. An outbox row is keyed by intake and kind, so a
/// turn that runs again queues nothing twice; it goes with its intake when the intake is erased.
/// Only ids, kinds, states and times are kept: never an answer, a name or the intake's code
/// (the sender reads the code from the encrypted record when it posts).
/// </summary>
internal static class NoticeSchema
{
    public const int Version = 7;

    public const string Description = "teams channels and notice outbox";

    public const string Sqlite = """
        CREATE TABLE teams_channels (
            channel_id  TEXT    NOT NULL PRIMARY KEY,
            team_id     TEXT    NOT NULL,
            tenant_id   TEXT,
            service_url TEXT    NOT NULL,
            bot_id      TEXT    NOT NULL,
            added_at    INTEGER NOT NULL,
            removed_at  INTEGER
        );
        CREATE INDEX teams_channels_team ON teams_channels (team_id);
        CREATE TABLE notice_outbox (
            intake_id       TEXT    NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
            kind            INTEGER NOT NULL,
            organisation    TEXT,
            occurred_at     INTEGER NOT NULL,
            queued_at       INTEGER NOT NULL,
            state           INTEGER NOT NULL,
            attempts        INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            last_status     INTEGER,
            PRIMARY KEY (intake_id, kind)
        );
        CREATE INDEX notice_outbox_due ON notice_outbox (state, next_attempt_at);
        """;

    public const string Postgres = """
        CREATE TABLE teams_channels (
            channel_id  text   NOT NULL PRIMARY KEY,
            team_id     text   NOT NULL,
            tenant_id   text,
            service_url text   NOT NULL,
            bot_id      text   NOT NULL,
            added_at    bigint NOT NULL,
            removed_at  bigint
        );
        CREATE INDEX teams_channels_team ON teams_channels (team_id);
        CREATE TABLE notice_outbox (
            intake_id       text    NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
            kind            integer NOT NULL,
            organisation    text,
            occurred_at     bigint  NOT NULL,
            queued_at       bigint  NOT NULL,
            state           integer NOT NULL,
            attempts        integer NOT NULL,
            next_attempt_at bigint  NOT NULL,
            last_status     integer,
            PRIMARY KEY (intake_id, kind)
        );
        CREATE INDEX notice_outbox_due ON notice_outbox (state, next_attempt_at);
        """;
}
