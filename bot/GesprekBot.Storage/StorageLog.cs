using Microsoft.Extensions.Logging;

namespace GesprekBot.Storage;

/// <summary>Log events of the stores. Never log keys or documents: they identify clients.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(1, LogLevel.Information, "Storage ({Provider}): applied schema migration {Version} ({Description}).")]
    public static partial void MigrationApplied(this ILogger logger, string provider, int version, string description);

    [LoggerMessage(2, LogLevel.Warning, "Storage ({Provider}) is not reachable; readiness reports not ready.")]
    public static partial void Unreachable(this ILogger logger, string provider, Exception exception);

    [LoggerMessage(3, LogLevel.Error, "Storage ({Provider}): moving legacy documents into their tables failed; it is tried again at the next start.")]
    public static partial void UpgradeFailed(this ILogger logger, string provider, Exception exception);
}
