namespace GesprekBot.Storage.Sqlite;

/// <summary>The SQLite schema, oldest first. Append; never change a step that has shipped.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        // payload, not json: the column holds Data Protection ciphertext, never queryable JSON.
        new(1, "documents", """
            CREATE TABLE documents (
                key        TEXT NOT NULL PRIMARY KEY,
                payload    BLOB NOT NULL,
                etag       TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """),
        new(Intakes.IntakeSchema.Version, Intakes.IntakeSchema.Description, Intakes.IntakeSchema.Sqlite),
        new(Accounts.AccountSchema.Version, Accounts.AccountSchema.Description, Accounts.AccountSchema.Sqlite),
        new(4, Conversations.ConversationSchema.Description, Conversations.ConversationSchema.Sqlite),
        new(KeyRing.KeyRingSchema.Version, KeyRing.KeyRingSchema.Description, KeyRing.KeyRingSchema.Sqlite),
        new(Intakes.IntakeQuerySchema.Version, Intakes.IntakeQuerySchema.Description, Intakes.IntakeQuerySchema.Sqlite),
        new(Notices.NoticeSchema.Version, Notices.NoticeSchema.Description, Notices.NoticeSchema.Sqlite),
    ];
}
