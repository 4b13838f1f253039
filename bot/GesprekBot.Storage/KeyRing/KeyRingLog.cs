using Microsoft.Extensions.Logging;

namespace GesprekBot.Storage.KeyRing;

internal static partial class KeyRingLog
{
    [LoggerMessage(20, LogLevel.Information, "Data Protection: imported {Count} key file(s) from {Directory} into PostgreSQL; data written before the upgrade stays readable.")]
    public static partial void KeyFilesImported(this ILogger logger, int count, string directory);

    [LoggerMessage(21, LogLevel.Warning, "Data Protection: the key ring is kept in PostgreSQL without Storage:KeysCertificatePath, so anyone with a dump of the database can decrypt every stored document. Configure a certificate (required in Production).")]
    public static partial void KeyRingUnencrypted(this ILogger logger);
}
