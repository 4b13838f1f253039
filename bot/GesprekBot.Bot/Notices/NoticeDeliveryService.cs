using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// Looks at the notice outbox every <see cref="NoticeOptions.PollInterval"/> and posts what is due; does
/// not run while no organisation has a linked channel.
/// </summary>
internal sealed partial class NoticeDeliveryService(
    NoticeDispatcher dispatcher,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<NoticeDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Organisations.Count == 0)
        {
            // Nothing can be delivered anywhere; queued notices wait until a channel is linked.
            LogNoChannels(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The rows stay queued: a database that is down now is tried again next round.
                LogPassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No Teams channel is linked (Notices:Organisations): channel notices stay queued and are not sent.")]
    private static partial void LogNoChannels(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the notice outbox failed; it is tried again next round.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
