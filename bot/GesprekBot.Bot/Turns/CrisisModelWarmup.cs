using GesprekBot.Language.Crisis;
using GesprekBot.Storage;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// Makes the crisis model ready in the background right after start, so the first client's message is
/// not the one that waits for it: loaded from the instance's cache folder when an earlier start trained
/// it, else trained (a second or two) and kept there for the next start.
/// </summary>
internal sealed class CrisisModelWarmup(IServiceProvider services) : BackgroundService
{
    private readonly string _cache = StorageCache.DirectoryOf(services);

    // Runs during the host's start, before requests are taken: the cache is chosen before any message can use the model.
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        CrisisRecognizer.UseModelCache(_cache);
        return Task.Run(CrisisRecognizer.Prepare, stoppingToken);
    }
}
