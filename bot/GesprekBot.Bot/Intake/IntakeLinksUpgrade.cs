using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Links;

namespace GesprekBot.Bot.Intake;

/// <summary>Moves the legacy documents <c>intake-links/{id}</c> (one per intake) into <c>intake_links</c>, a row per link.</summary>
internal sealed class IntakeLinksUpgrade(IntakeLinkRepository repository) : IStorageUpgrade
{
    public const string LegacyPrefix = "intake-links/";

    public int Order => IntakeLinkUpgrades.Order;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (item, intakeId) in await documents.ReadKeyPartsAsync(LegacyPrefix, cancellationToken))
        {
            var links = JsonSerializer.Deserialize<IntakeLinks>(item.Json, DialogJson.Options) ?? new IntakeLinks();
            StoredIntakeLink[] rows =
            [
                .. links.Conversations.Select(IntakeLinkStore.ToStored),
                .. links.ResumeCodes.Select(IntakeLinkStore.ToStored),
            ];
            await repository.ImportLegacyAsync(item.Key, intakeId, rows, cancellationToken);
        }
    }
}
