using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Links;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Moves the legacy tombstones into <c>intake_tombstones</c>: the list <c>intake-erasures</c> and the
/// per-id documents <c>intake-erasures/{id}</c> (the same ids; either may be missing after a crash).
/// </summary>
internal sealed class IntakeTombstonesUpgrade(IntakeTombstoneRepository repository) : IStorageUpgrade
{
    public const string LegacyListKey = "intake-erasures";

    public int Order => IntakeLinkUpgrades.Order;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (item, _) in await documents.ReadKeyPartsAsync(LegacyListKey + "/", cancellationToken))
        {
            if (JsonSerializer.Deserialize<ErasedIntake>(item.Json, DialogJson.Options) is { Id.Length: > 0 } erased)
            {
                await repository.ImportLegacyAsync(item.Key, [(erased.Id, erased.At)], cancellationToken);
            }
        }

        foreach (var item in await documents.ReadPrefixAsync(LegacyListKey, cancellationToken))
        {
            if (item.Key == LegacyListKey)
            {
                var all = JsonSerializer.Deserialize<List<ErasedIntake>>(item.Json, DialogJson.Options) ?? [];
                await repository.ImportLegacyAsync(item.Key, [.. all.Select(e => (e.Id, e.At))], cancellationToken);
            }
        }
    }
}
