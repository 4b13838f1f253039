using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Turns;

/// <summary>
/// A real store with a competitor: just before a write, another writer gets in first (once, or
/// every time), as another bot instance on the same database would.
/// </summary>
internal sealed class RacingStore(IStateStore inner, Func<Task> competitor, bool everyTime = false) : IStateStore
{
    private bool raced;

    public int Writes { get; private set; }

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        Writes++;
        if (everyTime || !raced)
        {
            raced = true;
            await competitor();
        }

        return await inner.WriteAsync(key, json, expectedETag, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
}
