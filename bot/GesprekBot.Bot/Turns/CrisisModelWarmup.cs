using GesprekBot.Language.Crisis;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// Trains the crisis model in the background right after start, so the first client's message is not
/// the one that waits for it (training takes a second or two; it happens once per process).
/// </summary>
internal sealed class CrisisModelWarmup : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(CrisisRecognizer.Prepare, stoppingToken);
}
