namespace GesprekBot.Storage;

/// <summary>
/// One step of a store's schema. Each provider keeps an ordered list; a step is applied once, in a
/// transaction, and its version recorded in <c>schema_version</c>. Append new steps, never edit
/// applied ones: databases in the field have already run them.
/// </summary>
internal sealed record SchemaMigration(int Version, string Description, string Sql);
