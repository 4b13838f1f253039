using System.Text.Json;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Legacy;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>Moves the accounts of the legacy document <c>review/caseworkers</c> (one list) into <c>caseworkers</c>.</summary>
internal sealed class CaseworkersUpgrade(CaseworkerRepository repository) : IStorageUpgrade
{
    public const string LegacyKey = "review/caseworkers";

    public int Order => LegacyReviewDocuments.Order;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var item in await documents.ReadPrefixAsync(LegacyKey, cancellationToken))
        {
            if (item.Key == LegacyKey)
            {
                var accounts = JsonSerializer.Deserialize<List<Caseworker>>(item.Json, LegacyReviewDocuments.Json) ?? [];
                await repository.ImportLegacyAsync(item.Key, [.. accounts.Select(CaseworkerStore.ToStored)], cancellationToken);
            }
        }
    }
}
