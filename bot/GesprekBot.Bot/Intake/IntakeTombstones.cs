using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Intake;

/// <summary>An intake that was erased, and when: only its random id, nothing about the person.</summary>
public sealed record ErasedIntake(string Id, DateTimeOffset At);

/// <summary>
/// The ids of intakes erased within the retention period: one small document per id
/// (<c>intake-erasures/{id}</c>, read by every turn that holds a record, so a miss costs no
/// decryption) and their list (<c>intake-erasures</c>) for the purge, which forgets ids older than
/// the retention period. A turn that was running while a caseworker deleted its intake, or a
/// conversation the deletion could not reach (linked before links existed), finds its record's id
/// here and does not save it again.
/// </summary>
public sealed class IntakeTombstones(IStateStore store)
{
    internal const string Key = "intake-erasures";
    private const int MaxAttempts = 8;

    public static string KeyFor(string intakeId) => $"{Key}/{intakeId}";

    public async Task<bool> ContainsAsync(string intakeId, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyFor(intakeId), cancellationToken) is not null;

    public async Task AddAsync(string intakeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entry = new ErasedIntake(intakeId, at);
        await UpdateAsync(entries => entries.Exists(e => e.Id == intakeId) ? null : [.. entries, entry], cancellationToken);
        await store.WriteAsync(KeyFor(intakeId), JsonSerializer.Serialize(entry, DialogJson.Options), "*", cancellationToken);
    }

    public async Task PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var old = Parse(await store.ReadAsync(Key, cancellationToken)).Where(e => e.At < cutoff).ToList();
        foreach (var entry in old)
        {
            await store.DeleteAsync(KeyFor(entry.Id), cancellationToken);
        }

        await UpdateAsync(entries => entries.Exists(e => e.At < cutoff) ? [.. entries.Where(e => e.At >= cutoff)] : null, cancellationToken);
    }

    /// <param name="change">The new list, or null when nothing changes.</param>
    private async Task UpdateAsync(Func<List<ErasedIntake>, List<ErasedIntake>?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(Key, cancellationToken);
            if (change(Parse(item)) is not { } next)
            {
                return;
            }

            try
            {
                await store.WriteAsync(Key, JsonSerializer.Serialize(next, DialogJson.Options), item?.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another erasure wrote first: add to its version.
            }
        }
    }

    private static List<ErasedIntake> Parse(StoreItem? item) =>
        item is null ? [] : JsonSerializer.Deserialize<List<ErasedIntake>>(item.Json, DialogJson.Options) ?? [];
}
