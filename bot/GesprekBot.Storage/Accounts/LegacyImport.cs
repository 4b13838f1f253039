using System.Data.Common;
using Dapper;

namespace GesprekBot.Storage.Accounts;

/// <summary>
/// Claims a legacy document for an upgrade inside the transaction that inserts its rows: whoever
/// deletes the row imports it. A second instance upgrading at the same moment waits on the row (or
/// the SQLite write lock), then finds it gone and inserts nothing — which matters for the audit
/// log, whose rows have no natural key to deduplicate on.
/// </summary>
internal static class LegacyImport
{
    public static async Task<bool> ClaimAsync(DbConnection connection, DbTransaction transaction, string documentKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM documents WHERE key = @documentKey;", new { documentKey }, transaction, cancellationToken: cancellationToken)) == 1;
    }
}
