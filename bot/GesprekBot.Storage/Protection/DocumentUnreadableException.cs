namespace GesprekBot.Storage.Protection;

/// <summary>
/// A stored document exists but cannot be decrypted: the key ring is missing or different
/// (another KeysDirectory or database, lost keys), or the row was tampered with. Thrown instead of returning
/// null so that state is never silently replaced by a fresh, empty conversation.
/// </summary>
public sealed class DocumentUnreadableException : Exception
{
    public DocumentUnreadableException(string key, Exception innerException)
        : base($"The stored document '{key}' cannot be decrypted. Check that the key ring it was written with is used: Storage:KeysDirectory with SQLite, the data_protection_keys table with PostgreSQL.", innerException)
        => Key = key;

    public DocumentUnreadableException() : base("A stored document cannot be decrypted.") => Key = string.Empty;

    public DocumentUnreadableException(string message) : base(message) => Key = string.Empty;

    public string Key { get; }
}
