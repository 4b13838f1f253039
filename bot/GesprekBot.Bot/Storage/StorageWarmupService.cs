using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Storage;

/// <summary>
/// Migrates the store right after startup instead of during the first user's turn. A store that
/// is down does not stop the app: the failure is logged and /readyz (PingAsync) stays not-ready
/// until it can be reached.
/// </summary>
internal sealed class StorageWarmupService(IStateStore store) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // do not hold up the host's start while SQLite works synchronously
        try
        {
            await store.PingAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down before the store answered
        }
    }
}
