using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GesprekBot.Storage.Protection;

/// <summary>
/// Loads the optional certificate that encrypts the Data Protection key ring at rest
/// (Storage:KeysCertificatePath, a PKCS#12 file with its private key).
/// </summary>
internal static class KeyRingCertificate
{
    /// <returns>Null when no certificate is configured.</returns>
    /// <exception cref="InvalidOperationException">The configured file is missing, unreadable or has no private key.</exception>
    public static X509Certificate2? Load(StorageOptions options)
    {
        var path = options.KeysCertificatePath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Storage:KeysCertificatePath '{path}' does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.KeysCertificatePassword);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"Storage:KeysCertificatePath '{path}' cannot be loaded: wrong Storage:KeysCertificatePassword or not a PKCS#12 file.", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException(
                $"Storage:KeysCertificatePath '{path}' has no private key: the key ring could be written but never read back.");
        }

        return certificate;
    }
}
