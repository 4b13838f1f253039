using System.Xml.Linq;
using Dapper;
using GesprekBot.Storage.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage.KeyRing;

/// <summary>
/// Brings the key files of <c>Storage:KeysDirectory</c> into the table the first time an instance
/// runs with PostgreSQL, so documents written with the file ring before the upgrade stay readable.
/// </summary>
internal sealed class KeyFileImport(StorageDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<KeyFileImport> logger)
{
    /// <returns>How many files were imported.</returns>
    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.KeysDirectory;
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            return 0;
        }

        // The names the file repository gave them (key-{id}, revocation-…); the XML is stored as
        // it is, still encrypted by the certificate when one was configured.
        var files = Directory.GetFiles(directory, "*.xml").Order(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var imported = 0;
        foreach (var file in files)
        {
            var element = XElement.Parse(await File.ReadAllTextAsync(file, cancellationToken));
            imported += await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@friendlyName, @xml, @createdAt)
                ON CONFLICT (friendly_name) DO NOTHING;
                """,
                new { friendlyName = Path.GetFileNameWithoutExtension(file), xml = element.ToString(SaveOptions.DisableFormatting), createdAt = StorageTime.ToColumn(time.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        if (imported > 0)
        {
            logger.KeyFilesImported(imported, directory);
        }

        return imported;
    }
}
