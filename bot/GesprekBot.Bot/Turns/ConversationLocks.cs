using System.Collections.Concurrent;

namespace GesprekBot.Bot.Turns;

/// <summary>
/// Serialises turns per conversation inside this process, so two activities of one
/// conversation never race on its state here. Across processes the store's ETag check still
/// guards (see ActivityProcessor). Entries are reference counted and removed when unused, so
/// the map does not grow with every conversation ever seen. No lock is shared between
/// conversations: the map is concurrent and the count of an entry is guarded by the entry itself
/// (one lock around the whole map became a convoy at a hundred turns at once on two cores).
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var entry = Join(key);
        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, entry, held: false);
            throw;
        }

        return new Lease(this, key, entry);
    }

    internal int Count => entries.Count;

    private Entry Join(string key)
    {
        while (true)
        {
            var entry = entries.GetOrAdd(key, static _ => new Entry());
            lock (entry)
            {
                // An entry whose last user just left is being removed: take the next one.
                if (!entry.Removed)
                {
                    entry.Users++;
                    return entry;
                }
            }
        }
    }

    private void Leave(string key, Entry entry, bool held)
    {
        if (held)
        {
            entry.Gate.Release();
        }

        lock (entry)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entry.Removed = true;
                entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Removed { get; set; }
    }

    private sealed class Lease(ConversationLocks owner, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(key, entry, held: true);
            }
        }
    }
}
