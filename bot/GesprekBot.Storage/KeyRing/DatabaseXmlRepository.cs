using System.Data.Common;
using System.Xml.Linq;
using Dapper;
using GesprekBot.Storage.Database;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GesprekBot.Storage.KeyRing;

/// <summary>
/// The Data Protection key ring in the <c>data_protection_keys</c> table, so every instance on one
/// PostgreSQL reads the keys any of them wrote. What is stored is what Data Protection hands over:
/// with a key-ring certificate the key material inside each element is already encrypted, so a
/// database dump alone decrypts nothing.
/// </summary>
internal sealed class DatabaseXmlRepository(StorageDatabase database, FirstKeyGate firstKey, KeyFileImport import, TimeProvider time) : IXmlRepository
{
    // Data Protection calls this interface synchronously, at start and when its cached ring
    // expires (daily) — not per request — so blocking on the async database calls is bounded.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var elements = Run(ReadAsync);
        return KeyRingElements.HasUsableKey(elements, time.GetUtcNow())
            ? elements
            : firstKey.WaitForFirstKey(ReadOrImport);
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrEmpty(friendlyName);
        Run(async connection => await connection.ExecuteAsync(
            """
            INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@friendlyName, @xml, @createdAt)
            ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml, created_at = excluded.created_at;
            """,
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), createdAt = StorageTime.ToColumn(time.GetUtcNow()) }));
        firstKey.Stored();
    }

    // An empty table on an instance that used the file ring before: its keys come first, so the
    // data they encrypted stays readable (and no new key is needed while they are valid).
    private IReadOnlyList<XElement> ReadOrImport()
    {
        var elements = Run(ReadAsync);
        return elements.Count == 0 && Block(() => import.ImportAsync(CancellationToken.None)) > 0 ? Run(ReadAsync) : elements;
    }

    private static async Task<IReadOnlyList<XElement>> ReadAsync(DbConnection connection)
    {
        var rows = await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys ORDER BY id;");
        return [.. rows.Select(xml => XElement.Parse(xml))];
    }

    private T Run<T>(Func<DbConnection, Task<T>> work) => Block(async () =>
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await work(connection);
    });

    private static T Block<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();
}
