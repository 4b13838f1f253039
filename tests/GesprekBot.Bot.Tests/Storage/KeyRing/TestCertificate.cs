using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GesprekBot.Bot.Tests.Storage.KeyRing;

/// <summary>A self-signed PKCS#12 file of the kind Storage:KeysCertificatePath expects.</summary>
internal static class TestCertificate
{
    public static void Write(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GesprekBot key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }
}
