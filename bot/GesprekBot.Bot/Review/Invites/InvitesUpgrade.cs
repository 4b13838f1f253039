using System.Text.Json;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Storage.Invites;
using GesprekBot.Storage.Legacy;

namespace GesprekBot.Bot.Review.Invites;

/// <summary>Moves the invites of the legacy document <c>review/invites</c> (one list) into <c>invites</c>, before the intakes need them.</summary>
internal sealed class InvitesUpgrade(InviteRepository repository) : IStorageUpgrade
{
    public const string LegacyKey = "review/invites";

    public int Order => LegacyReviewDocuments.Order;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var item in await documents.ReadPrefixAsync(LegacyKey, cancellationToken))
        {
            if (item.Key == LegacyKey)
            {
                var invites = JsonSerializer.Deserialize<List<Invite>>(item.Json, LegacyReviewDocuments.Json) ?? [];
                await repository.ImportLegacyAsync(item.Key, [.. invites.Select(InviteStore.ToStored)], cancellationToken);
            }
        }
    }
}
