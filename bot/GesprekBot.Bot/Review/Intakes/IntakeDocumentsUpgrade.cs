using System.Text.Json;
using System.Text.Json.Serialization;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;
using GesprekBot.Storage.Legacy;
using GesprekBot.Storage.Review;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// Moves intakes that earlier versions kept as documents into rows: <c>intakes/{id}</c> with its
/// <c>review/intakes/{id}</c> (status, notes, an admin's assignment). The organisation is worked out
/// once, as those versions did at every read: the invite's, else the admin's assignment, else the
/// fallback. The index document <c>intakes/index</c> is simply deleted. Runs after the invites' upgrade.
/// </summary>
internal sealed partial class IntakeDocumentsUpgrade(
    IntakeImport import,
    IntakeOrganisations organisations,
    InviteStore invites,
    ILogger<IntakeDocumentsUpgrade> logger) : IStorageUpgrade
{
    internal const string IndexKey = "intakes/index";
    private const string IntakePrefix = "intakes/";
    private const string ReviewPrefix = "review/intakes/";

    private static readonly JsonSerializerOptions ReviewJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public int Order => 20;

    public async Task RunAsync(LegacyDocuments documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var intakes = await documents.ReadPrefixAsync(IntakePrefix, cancellationToken);
        var reviews = (await documents.ReadPrefixAsync(ReviewPrefix, cancellationToken)).ToDictionary(d => d.Key, d => d.Json, StringComparer.Ordinal);
        if (intakes.Count == 0 && reviews.Count == 0)
        {
            return;
        }

        var allInvites = await invites.AllAsync(cancellationToken);
        var fallback = await organisations.FallbackAsync(cancellationToken);
        var moved = 0;
        foreach (var document in intakes.Where(d => d.Key != IndexKey))
        {
            var record = JsonSerializer.Deserialize<IntakeRecord>(document.Json, DialogJson.Options)
                ?? throw new InvalidOperationException($"The legacy document {document.Key} holds no intake.");
            var reviewKey = ReviewKey(record.Id);
            var meta = reviews.Remove(reviewKey, out var json) ? JsonSerializer.Deserialize<LegacyReviewMeta>(json, ReviewJson) : null;
            var invite = string.IsNullOrWhiteSpace(record.InviteCode)
                ? null
                : allInvites.FirstOrDefault(i => string.Equals(i.Code, record.InviteCode.Trim(), StringComparison.OrdinalIgnoreCase));
            var organisation = invite?.Organisation ?? meta?.AssignedOrganisation ?? fallback;
            var notes = (meta?.Notes ?? []).Select(n => new StoredReviewNote(n.At, n.AuthorId, n.AuthorName, n.Text)).ToList();
            await import.ImportAsync(record, organisation, meta?.Status.ToString(), notes, cancellationToken);
            await documents.DeleteAsync(reviewKey, cancellationToken);
            await documents.DeleteAsync(document.Key, cancellationToken);
            moved++;
        }

        // Review data whose intake is gone (an erasure of an older version stopped halfway) belongs to nobody.
        foreach (var orphan in reviews.Keys)
        {
            await documents.DeleteAsync(orphan, cancellationToken);
        }

        await documents.DeleteAsync(IndexKey, cancellationToken);
        LogMoved(logger, moved);
    }

    /// <summary>How the earlier review keyed an intake's status and notes.</summary>
    internal static string ReviewKey(string id) => ReviewPrefix + Uri.EscapeDataString(id.Trim().ToLowerInvariant());

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} intakes from documents into rows.")]
    private static partial void LogMoved(ILogger logger, int count);

    /// <summary>The review's document as earlier versions wrote it.</summary>
    internal sealed record LegacyReviewMeta
    {
        public ReviewStatus Status { get; init; } = ReviewStatus.New;

        public IReadOnlyList<ReviewNote> Notes { get; init; } = [];

        public string? AssignedOrganisation { get; init; }
    }
}
