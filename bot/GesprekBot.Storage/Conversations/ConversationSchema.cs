namespace GesprekBot.Storage.Conversations;

/// <summary>
/// Migration 4: the conversation state of the turn pipeline, one row per conversation, and the
/// Direct Line conversations with one row per activity (see <see cref="DirectLine.DirectLineSchema"/>).
/// </summary>
internal static class ConversationSchema
{
    public const string Description = "conversations and Direct Line";

    // state: the encrypted envelope (dialog state + processed activity ids); never queried.
    private const string SqliteConversations = """
        CREATE TABLE conversations (
            key        TEXT    NOT NULL PRIMARY KEY,
            state      BLOB    NOT NULL,
            etag       TEXT    NOT NULL,
            updated_at INTEGER NOT NULL
        );
        """;

    private const string PostgresConversations = """
        CREATE TABLE conversations (
            key        text   NOT NULL PRIMARY KEY,
            state      bytea  NOT NULL,
            etag       text   NOT NULL,
            updated_at bigint NOT NULL
        );
        """;

    public const string Sqlite = SqliteConversations + DirectLine.DirectLineSchema.Sqlite;

    public const string Postgres = PostgresConversations + DirectLine.DirectLineSchema.Postgres;
}
