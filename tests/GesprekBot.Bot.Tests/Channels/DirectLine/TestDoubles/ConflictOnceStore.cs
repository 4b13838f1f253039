using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>A store where another writer slips in once, just before the next log write.</summary>
public sealed class ConflictOnceStore : IStateStore
{
    private readonly InMemoryStateStore inner = new();

    public bool ConflictNextLogWrite { get; set; }

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (ConflictNextLogWrite && key.EndsWith("/log", StringComparison.Ordinal))
        {
            ConflictNextLogWrite = false;
            var current = await inner.ReadAsync(key, cancellationToken);
            await inner.WriteAsync(key, current!.Json, "*", cancellationToken);
        }

        return await inner.WriteAsync(key, json, expectedETag, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
}
