using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Intake;

/// <summary>An intake that was erased, and when: only its random id, nothing about the person.</summary>
public sealed record ErasedIntake(string Id, DateTimeOffset At);

/// <summary>
/// The ids of intakes erased within the retention period, in one document (<c>intake-erasures</c>).
/// A turn that was running while a caseworker deleted its intake, or a conversation the deletion
/// could not reach (linked before links existed), finds its record's id here and does not save it
/// again. The purge forgets ids older than the retention period.
/// </summary>
public sealed class IntakeTombstones(IStateStore store)
{
    internal const string Key = "intake-erasures";
    private const int MaxAttempts = 8;

    public async Task<bool> ContainsAsync(string intakeId, CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Exists(e => e.Id == intakeId);

    public Task AddAsync(string intakeId, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(entries => entries.Exists(e => e.Id == intakeId) ? null : [.. entries, new ErasedIntake(intakeId, at)], cancellationToken);

    public Task PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        UpdateAsync(entries => entries.Exists(e => e.At < cutoff) ? [.. entries.Where(e => e.At >= cutoff)] : null, cancellationToken);

    private async Task<List<ErasedIntake>> ReadAsync(CancellationToken cancellationToken) =>
        Parse(await store.ReadAsync(Key, cancellationToken));

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
