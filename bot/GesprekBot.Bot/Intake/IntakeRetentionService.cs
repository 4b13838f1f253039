using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Erases drafts (and records older versions kept as discarded) not touched for the retention
/// period, with everything that belongs to them (<see cref="IntakeErasure"/>), and resume codes that
/// expired; once an hour after the first hour (not at startup, so a restart loop cannot hammer the
/// store). Submitted intakes stay for the caseworker; their lifetime belongs to the review. A failure
/// is logged and retried later.
/// </summary>
internal sealed partial class IntakeRetentionService(
    IntakeErasure erasure,
    StateStoreResumeCodes resumeCodes,
    IntakeOptions options,
    TimeProvider time,
    ILogger<IntakeRetentionService> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PurgeOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    internal async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var purged = await erasure.PurgeAsync(now - options.Retention, cancellationToken);
            if (purged > 0)
            {
                LogPurged(logger, purged);
            }

            // Every expired code in one delete, also those no link leads to (issued before links existed).
            var expired = await resumeCodes.PurgeExpiredAsync(now, cancellationToken);
            if (expired > 0)
            {
                LogExpiredCodes(logger, expired);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} unsubmitted intakes past the retention period.")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired resume codes.")]
    private static partial void LogExpiredCodes(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging old intake drafts failed; trying again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
