namespace GesprekBot.Dialogs.Engine.State;

/// <summary>A stored document and the tag of the version it was read at.</summary>
/// <param name="Key">The document's key, e.g. "directline/conversations/abc".</param>
/// <param name="Json">The document, as JSON text.</param>
/// <param name="ETag">An opaque tag that changes on every write.</param>
public sealed record StoreItem(string Key, string Json, string ETag);

/// <summary>
/// Durable key/value storage of JSON documents with optimistic concurrency, in the spirit of
/// Bot Builder's IStorage but with ETag checks that really fire.
/// </summary>
public interface IStateStore
{
    /// <summary>Reads a document; null when the key has never been written or was deleted.</summary>
    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document. <paramref name="expectedETag"/> null means "the key must not exist yet",
    /// "*" means "overwrite whatever is there", any other value must equal the stored tag.
    /// </summary>
    /// <returns>The new tag.</returns>
    /// <exception cref="StoreConflictException">The stored tag differs from the expected one.</exception>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document; deleting a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>True when the store can be reached (used by the readiness probe).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
