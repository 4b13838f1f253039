using Dapper;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Protection;

namespace GesprekBot.Storage.Intakes;

/// <summary>
/// Gives intakes saved before migration 6 their name pieces, so they can be found by name too. It
/// runs at every start and finds nothing left once done; two instances at once index the same row
/// the same way. A record that cannot be decrypted is skipped (it cannot be shown either).
/// </summary>
internal sealed class IntakeQueryNamesUpgrade(StorageDatabase database, IDocumentProtector protector) : IStorageUpgrade
{
    private const int Batch = 200;

    private readonly IntakeQueryNames names = new(database, protector);

    // After the legacy intake documents became rows (20), before conversations (40).
    public int Order => 30;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            List<(string Id, byte[] Record)> rows;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                rows = [.. await connection.QueryAsync<(string Id, byte[] Record)>(new CommandDefinition(
                    """
                    SELECT i.id, i.record FROM intakes i
                    WHERE i.id > @after AND NOT EXISTS (SELECT 1 FROM intake_names n WHERE n.intake_id = i.id)
                    ORDER BY i.id LIMIT @batch;
                    """,
                    new { after, batch = Batch },
                    cancellationToken: cancellationToken))];
            }

            foreach (var (id, ciphertext) in rows)
            {
                string? name;
                try
                {
                    name = IntakeRows.Read(id, ciphertext, protector).PreferredName;
                }
                catch (DocumentUnreadableException)
                {
                    continue;
                }

                await names.IndexAsync(id, name, cancellationToken);
            }

            if (rows.Count < Batch)
            {
                return;
            }

            after = rows[^1].Id;
        }
    }
}
