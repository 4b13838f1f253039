using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Storage.Database;
using GesprekBot.Storage.Legacy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Storage;

/// <summary>
/// Migrates the database right after startup instead of during the first user's turn, then moves
/// legacy documents into their tables. A database that is down does not stop the app: the failure
/// is logged and /readyz (PingAsync) stays not-ready until it can be reached.
/// </summary>
internal sealed class StorageWarmupService(
    StorageDatabase database,
    IStateStore store,
    LegacyDocuments legacy,
    IEnumerable<IStorageUpgrade> upgrades,
    ILogger<StorageWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // do not hold up the host's start while SQLite works synchronously
        try
        {
            if (!await store.PingAsync(stoppingToken))
            {
                return;
            }

            await database.EnsureMigratedAsync(stoppingToken);
            foreach (var upgrade in upgrades.OrderBy(u => u.Order))
            {
                await upgrade.RunAsync(legacy, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down before the store answered
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.UpgradeFailed(database.Provider, ex);
        }
    }
}
