namespace GesprekBot.Storage.DirectLine;

/// <summary>
/// Direct Line conversations and their activities. The watermark is the activity's sequence; the
/// conversation row hands out sequences (<c>next_sequence</c>), so appending never rewrites a log.
/// The primary key (conversation_id, sequence) serves the watermark reads and the trimming.
/// </summary>
internal static class DirectLineSchema
{
    public const string Sqlite = """
        CREATE TABLE directline_conversations (
            id            TEXT    NOT NULL PRIMARY KEY,
            user_id       TEXT    NOT NULL,
            details       BLOB    NOT NULL,
            channel       TEXT    NOT NULL,
            created_at    INTEGER NOT NULL,
            next_sequence INTEGER NOT NULL
        );
        CREATE TABLE directline_activities (
            conversation_id TEXT    NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
            sequence        INTEGER NOT NULL,
            at              INTEGER NOT NULL,
            activity        BLOB    NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """;

    public const string Postgres = """
        CREATE TABLE directline_conversations (
            id            text   NOT NULL PRIMARY KEY,
            user_id       text   NOT NULL,
            details       bytea  NOT NULL,
            channel       text   NOT NULL,
            created_at    bigint NOT NULL,
            next_sequence bigint NOT NULL
        );
        CREATE TABLE directline_activities (
            conversation_id text   NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
            sequence        bigint NOT NULL,
            at              bigint NOT NULL,
            activity        bytea  NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """;
}
