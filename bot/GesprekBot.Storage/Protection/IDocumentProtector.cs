namespace GesprekBot.Storage.Protection;

/// <summary>
/// Encrypts documents before they reach the disk or the database server. The key is part of the
/// protection so a ciphertext copied onto another client's key cannot be read there.
/// </summary>
public interface IDocumentProtector
{
    byte[] Protect(string key, string json);

    /// <exception cref="DocumentUnreadableException">The payload cannot be decrypted with the key ring.</exception>
    string Unprotect(string key, byte[] payload);
}
