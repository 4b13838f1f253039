using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Intake records as encrypted documents in the state store: <c>intakes/{id}</c> per record and
/// one index document <c>intakes/index</c> for the review list. A document store keeps this free
/// of a schema migration; the index is small (id, code, status, urgent, date per intake) and is
/// updated with an ETag check, so concurrent turns of different clients never lose an entry.
/// </summary>
public sealed class StateStoreIntakeRepository(IStateStore store) : IIntakeRepository, IDisposable
{
    internal const string IndexKey = "intakes/index";
    private const int MaxIndexAttempts = 5;

    // Every turn of every intake touches the one index document. Within this instance the updates
    // take turns, so they never race each other (measured: 16 parallel clients lost 5 races in a
    // row now and then, failing that client's turn); the compare-and-swap retry stays for several
    // instances sharing a store.
    private readonly SemaphoreSlim indexGate = new(1, 1);

    public void Dispose() => indexGate.Dispose();

    public static string KeyFor(string id) => $"intakes/{id}";

    public async Task SaveAsync(IntakeRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await store.WriteAsync(KeyFor(record.Id), JsonSerializer.Serialize(record, DialogJson.Options), "*", cancellationToken);
        await UpdateIndexAsync(new IntakeSummaryEntry(record.Id, record.Code, record.Status, record.IsUrgent, record.UpdatedAt), cancellationToken);
    }

    public async Task<IntakeRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var item = await store.ReadAsync(KeyFor(id), cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<IntakeRecord>(item.Json, DialogJson.Options);
    }

    public async Task<IReadOnlyList<IntakeSummaryEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var item = await store.ReadAsync(IndexKey, cancellationToken);
        return [.. ReadIndex(item).OrderByDescending(e => e.UpdatedAt)];
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await store.DeleteAsync(KeyFor(id), cancellationToken);
        await UpdateIndexAsync(entries => entries.Where(e => e.Id != id), cancellationToken);
    }

    public async Task<int> PurgeUnsubmittedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var old = (await ListAsync(cancellationToken)).Where(e => e.Status != IntakeStatus.Submitted && e.UpdatedAt < cutoff).ToList();
        foreach (var entry in old)
        {
            await DeleteAsync(entry.Id, cancellationToken);
        }

        return old.Count;
    }

    private Task UpdateIndexAsync(IntakeSummaryEntry entry, CancellationToken cancellationToken) =>
        UpdateIndexAsync(entries => entries.Where(e => e.Id != entry.Id).Append(entry), cancellationToken);

    private async Task UpdateIndexAsync(Func<IEnumerable<IntakeSummaryEntry>, IEnumerable<IntakeSummaryEntry>> change, CancellationToken cancellationToken)
    {
        await indexGate.WaitAsync(cancellationToken);
        try
        {
            await UpdateIndexOnceAsync(change, cancellationToken);
        }
        finally
        {
            indexGate.Release();
        }
    }

    private async Task UpdateIndexOnceAsync(Func<IEnumerable<IntakeSummaryEntry>, IEnumerable<IntakeSummaryEntry>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(IndexKey, cancellationToken);
            var entries = change(ReadIndex(item)).ToList();
            try
            {
                await store.WriteAsync(IndexKey, JsonSerializer.Serialize(entries, DialogJson.Options), item?.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxIndexAttempts)
            {
                // Another record was saved at the same moment: read the index again and retry.
            }
        }
    }

    private static List<IntakeSummaryEntry> ReadIndex(StoreItem? item) =>
        item is null ? [] : JsonSerializer.Deserialize<List<IntakeSummaryEntry>>(item.Json, DialogJson.Options) ?? [];
}
