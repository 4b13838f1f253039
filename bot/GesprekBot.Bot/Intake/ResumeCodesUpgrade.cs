using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Storage.Accounts;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.ResumeCodes;

namespace GesprekBot.Bot.Intake;

/// <summary>
/// Moves the legacy documents <c>resume-codes/{code}</c> (the code in plain text as the key) into
/// <c>resume_codes</c>, where only its hash is kept. Used or expired codes are only deleted.
/// </summary>
internal sealed class ResumeCodesUpgrade(ResumeCodeRepository repository, TimeProvider time) : IStorageUpgrade
{
    public const string LegacyPrefix = "resume-codes/";

    public int Order => IntakeLinkUpgrades.Order;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (item, code) in await documents.ReadKeyPartsAsync(LegacyPrefix, cancellationToken))
        {
            var entry = JsonSerializer.Deserialize<LegacyResumeEntry>(item.Json, DialogJson.Options);
            if (entry is { ConversationKey.Length: > 0 })
            {
                var expiresAt = entry.Used ? DateTimeOffset.MinValue : entry.ExpiresAt;
                await repository.ImportLegacyAsync(item.Key, code, entry.ConversationKey, expiresAt, time.GetUtcNow(), cancellationToken);
            }
        }
    }

    private sealed record LegacyResumeEntry(string ConversationKey, DateTimeOffset ExpiresAt, bool Used);
}
