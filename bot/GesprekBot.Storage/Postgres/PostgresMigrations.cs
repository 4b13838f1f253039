namespace GesprekBot.Storage.Postgres;

/// <summary>The PostgreSQL schema, oldest first. Append; never change a step that has shipped.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        // bytea, not jsonb: the column holds Data Protection ciphertext, which the server cannot
        // (and must not be able to) read.
        new(1, "documents", """
            CREATE TABLE documents (
                key        text        NOT NULL PRIMARY KEY,
                payload    bytea       NOT NULL,
                etag       text        NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
        new(Intakes.IntakeSchema.Version, Intakes.IntakeSchema.Description, Intakes.IntakeSchema.Postgres),
        new(Accounts.AccountSchema.Version, Accounts.AccountSchema.Description, Accounts.AccountSchema.Postgres),
        new(4, Conversations.ConversationSchema.Description, Conversations.ConversationSchema.Postgres),
        new(KeyRing.KeyRingSchema.Version, KeyRing.KeyRingSchema.Description, KeyRing.KeyRingSchema.Postgres),
        new(Intakes.IntakeQuerySchema.Version, Intakes.IntakeQuerySchema.Description, Intakes.IntakeQuerySchema.Postgres),
        new(Notices.NoticeSchema.Version, Notices.NoticeSchema.Description, Notices.NoticeSchema.Postgres),
    ];
}
