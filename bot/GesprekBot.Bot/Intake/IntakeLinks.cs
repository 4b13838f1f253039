using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Storage.Links;

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
/// A row per link in <c>intake_links</c> (see <see cref="IntakeLinkRepository"/>), so that deleting an
/// intake (by the client, a caseworker or the purge) can reach its conversations and resume codes.
/// Written when a conversation first publishes the record and when a pause issues a code; each link
/// is its own insert, so two conversations of one intake never lose each other's link.
/// </summary>
public sealed class IntakeLinkStore(IntakeLinkRepository repository)
{
    public async Task<IntakeLinks> ReadAsync(string intakeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        var links = await repository.ReadAsync(intakeId, cancellationToken);
        return new IntakeLinks
        {
            Conversations = [.. links.Where(l => l.Kind == IntakeLinkKind.Conversation).Select(l => Parse(l.Value))],
            ResumeCodes = [.. links.Where(l => l.Kind == IntakeLinkKind.ResumeCode).Select(l => l.Value)],
        };
    }

    public Task AddConversationAsync(string intakeId, ConversationLink link, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentNullException.ThrowIfNull(link);
        return repository.AddAsync(intakeId, ToStored(link), cancellationToken);
    }

    public Task AddResumeCodeAsync(string intakeId, string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return repository.AddAsync(intakeId, ToStored(code), cancellationToken);
    }

    public async Task RemoveResumeCodesAsync(string intakeId, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            await repository.RemoveAsync(intakeId, IntakeLinkKind.ResumeCode, code, cancellationToken);
        }
    }

    public Task DeleteAsync(string intakeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intakeId);
        return repository.DeleteAsync(intakeId, cancellationToken);
    }

    // The state key identifies the conversation: the same conversation is one link, however often it is added.
    internal static StoredIntakeLink ToStored(ConversationLink link) =>
        new(IntakeLinkKind.Conversation, link.StateKey, JsonSerializer.Serialize(link, DialogJson.Options));

    internal static StoredIntakeLink ToStored(string resumeCode) => new(IntakeLinkKind.ResumeCode, resumeCode, resumeCode);

    private static ConversationLink Parse(string json) =>
        JsonSerializer.Deserialize<ConversationLink>(json, DialogJson.Options)
            ?? throw new JsonException("An intake's conversation link is empty.");
}
