using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;

namespace GesprekBot.Bot.Intake;

/// <summary>A conversation an intake was filled in: its state key and, for the transcript, its channel and id.</summary>
public sealed record ConversationLink(string StateKey, string ChannelId, string ConversationId);

/// <summary>Where copies of one intake live outside its record: the conversations it was filled in, the resume codes issued for it.</summary>
public sealed record IntakeLinks
{
    public IReadOnlyList<ConversationLink> Conversations { get; init; } = [];

    public IReadOnlyList<string> ResumeCodes { get; init; } = [];
}

/// <summary>
/// One encrypted document per intake, <c>intake-links/{id}</c>, so that deleting an intake (by the
/// client, a caseworker or the purge) can reach its conversations and resume codes: the store has
/// no way to search them. Written when a conversation first publishes the record and when a pause
/// issues a code; updated with an ETag check, so two conversations never lose each other's link.
/// </summary>
public sealed class IntakeLinkStore(IStateStore store)
{
    private const int MaxAttempts = 8;

    public static string KeyFor(string intakeId) => $"intake-links/{intakeId}";

    public async Task<IntakeLinks> ReadAsync(string intakeId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(KeyFor(intakeId), cancellationToken);
        return Parse(item);
    }

    public Task AddConversationAsync(string intakeId, ConversationLink link, CancellationToken cancellationToken) =>
        UpdateAsync(intakeId, links => links.Conversations.Contains(link) ? null : links with { Conversations = [.. links.Conversations, link] }, cancellationToken);

    public Task AddResumeCodeAsync(string intakeId, string code, CancellationToken cancellationToken) =>
        UpdateAsync(intakeId, links => links.ResumeCodes.Contains(code) ? null : links with { ResumeCodes = [.. links.ResumeCodes, code] }, cancellationToken);

    public Task RemoveResumeCodesAsync(string intakeId, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        UpdateAsync(intakeId, links => links.ResumeCodes.Any(codes.Contains) ? links with { ResumeCodes = [.. links.ResumeCodes.Except(codes, StringComparer.Ordinal)] } : null, cancellationToken);

    public Task DeleteAsync(string intakeId, CancellationToken cancellationToken) => store.DeleteAsync(KeyFor(intakeId), cancellationToken);

    /// <param name="change">The new links, or null when nothing changes.</param>
    private async Task UpdateAsync(string intakeId, Func<IntakeLinks, IntakeLinks?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await store.ReadAsync(KeyFor(intakeId), cancellationToken);
            if (change(Parse(item)) is not { } next)
            {
                return;
            }

            try
            {
                await store.WriteAsync(KeyFor(intakeId), JsonSerializer.Serialize(next, DialogJson.Options), item?.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another conversation of the same intake wrote first: apply the change to its version.
            }
        }
    }

    private static IntakeLinks Parse(StoreItem? item) =>
        item is null ? new IntakeLinks() : JsonSerializer.Deserialize<IntakeLinks>(item.Json, DialogJson.Options) ?? new IntakeLinks();
}
