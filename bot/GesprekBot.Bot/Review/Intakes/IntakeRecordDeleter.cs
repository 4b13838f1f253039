using System.Text.Json;
using GesprekBot.Bot.Intake;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// Deletes an intake record and its line in the review index. <see cref="IIntakeRepository"/> has no
/// delete yet (it belongs to the intake feature), so this works on the same documents as
/// <see cref="StateStoreIntakeRepository"/>, with the same ETag-checked index update; move it there
/// as <c>DeleteAsync</c> when the intake team adds one.
/// </summary>
public sealed class IntakeRecordDeleter(IStateStore store)
{
    private const int MaxAttempts = 8;

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(StateStoreIntakeRepository.KeyFor(id), cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(StateStoreIntakeRepository.IndexKey, cancellationToken);
            if (item is null)
            {
                return;
            }

            var entries = JsonSerializer.Deserialize<List<IntakeSummaryEntry>>(item.Json, DialogJson.Options) ?? [];
            if (entries.RemoveAll(e => e.Id == id) == 0)
            {
                return;
            }

            try
            {
                await store.WriteAsync(StateStoreIntakeRepository.IndexKey, JsonSerializer.Serialize(entries, DialogJson.Options), item.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // A turn saved another intake meanwhile: remove the line from the new index.
            }
        }
    }
}
