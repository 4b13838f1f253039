using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Intake;

/// <summary>A real store whose writes take a little while, as on a disk that syncs every commit.</summary>
internal sealed class SlowWritesStore(IStateStore inner, TimeSpan delay) : IStateStore
{
    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.WriteAsync(key, json, expectedETag, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
}
