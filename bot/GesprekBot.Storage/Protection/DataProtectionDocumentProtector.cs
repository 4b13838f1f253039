using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace GesprekBot.Storage.Protection;

/// <summary>ASP.NET Core Data Protection (AES-256-CBC + HMACSHA256, rotating key ring).</summary>
internal sealed class DataProtectionDocumentProtector(IDataProtectionProvider provider) : IDocumentProtector
{
    /// <summary>Changing this makes every stored document unreadable: bump it only with a re-encryption plan.</summary>
    public const string Purpose = "GesprekBot.Storage.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public byte[] Protect(string key, string json) =>
        _protector.CreateProtector(key).Protect(Encoding.UTF8.GetBytes(json));

    public string Unprotect(string key, byte[] payload)
    {
        try
        {
            return Encoding.UTF8.GetString(_protector.CreateProtector(key).Unprotect(payload));
        }
        catch (CryptographicException ex)
        {
            throw new DocumentUnreadableException(key, ex);
        }
    }
}
