namespace GesprekBot.Dialogs.Engine.State;

/// <summary>A write lost an optimistic-concurrency race: someone else wrote the key first.</summary>
public sealed class StoreConflictException : Exception
{
    /// <summary>Creates the exception for a key.</summary>
    public StoreConflictException(string key)
        : base($"The document '{key}' was changed by another writer.") => Key = key;

    /// <summary>Creates the exception with a message.</summary>
    public StoreConflictException() : base("The document was changed by another writer.") => Key = string.Empty;

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StoreConflictException(string message, Exception innerException) : base(message, innerException) => Key = string.Empty;

    /// <summary>The key whose write conflicted.</summary>
    public string Key { get; }
}
