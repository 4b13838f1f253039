using System.Collections.Concurrent;
using System.Globalization;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>
/// A state store for tests, with real ETag checks. One instance shared by two app hosts stands
/// for the database surviving a restart of the bot.
/// </summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoreItem> items = new(StringComparer.Ordinal);
    private long version;

    public int Writes { get; private set; }

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (items)
        {
            items.TryGetValue(key, out var current);
            var matches = expectedETag switch
            {
                null => current is null,
                "*" => true,
                _ => current is not null && current.ETag == expectedETag,
            };
            if (!matches)
            {
                throw new StoreConflictException(key);
            }

            var etag = Interlocked.Increment(ref version).ToString(CultureInfo.InvariantCulture);
            items[key] = new StoreItem(key, json, etag);
            Writes++;
            return Task.FromResult(etag);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        items.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <summary>Changes a document behind the app's back, as another bot instance would.</summary>
    public void Overwrite(string key, string json) => WriteAsync(key, json, "*").GetAwaiter().GetResult();

    public string? Json(string key) => items.TryGetValue(key, out var item) ? item.Json : null;
}
