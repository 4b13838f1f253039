using GesprekBot.Dialogs.Network;
using GesprekBot.Language;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>A member on the map being built, with the question that added it.</summary>
/// <param name="Member">The member as known so far.</param>
/// <param name="Origin">The key of the question whose answer named it (role questions follow that one).</param>
/// <param name="Unsure">True when the words did not say who this is (a bare name), so the bot asks.</param>
internal sealed record InventoryEntry(NetworkMember Member, string Origin, bool Unsure = false);

/// <summary>
/// The inventory's typed state. The next question is derived from it (<see cref="InventoryPlanner"/>),
/// so restoring an earlier copy is all "terug" needs.
/// </summary>
internal sealed record InventoryState
{
    public IReadOnlyList<InventoryEntry> Entries { get; init; } = [];

    /// <summary>People named in earlier answers, to be proposed one by one.</summary>
    public IReadOnlyList<RecognizedMember> Proposals { get; init; } = [];

    /// <summary>Keys of the questions already answered, skipped or given up on.</summary>
    public IReadOnlyList<string> Asked { get; init; } = [];

    /// <summary>The question waiting for an answer.</summary>
    public InventoryQuestion? Pending { get; init; }

    public IReadOnlyList<string> Wishes { get; init; } = [];

    public IReadOnlyList<NetworkTie> Ties { get; init; } = [];

    public IReadOnlyList<NetworkNote> Notes { get; init; } = [];

    public int? Satisfaction { get; init; }

    /// <summary>The client said "de rest later": no more ring or detail questions per member.</summary>
    public bool MemberQuestionsStopped { get; init; }

    /// <summary>The client wants detail questions beyond the cap too.</summary>
    public bool MoreDetailsWanted { get; init; }

    public int NextMemberNumber { get; init; } = 1;

    public InventoryEntry? Entry(string? memberId) => Entries.FirstOrDefault(e => e.Member.Id == memberId);

    public InventoryState MarkAsked(InventoryQuestion question) =>
        Asked.Contains(question.Key) ? this : this with { Asked = [.. Asked, question.Key] };

    public InventoryState UpdateMember(string memberId, Func<NetworkMember, NetworkMember> change) => this with
    {
        Entries = [.. Entries.Select(e => e.Member.Id == memberId ? e with { Member = change(e.Member) } : e)],
    };

    public InventoryState AddNote(InventoryQuestion question, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        var withNote = this with { Notes = [.. Notes, new NetworkNote(question.Key, text.Trim(), Entry(question.Subject)?.Member.Id)] };
        return question.Subject is { } id && Entry(id) is not null
            ? withNote.UpdateMember(id, m => m with { Note = m.Note is null ? text.Trim() : $"{m.Note} / {text.Trim()}" })
            : withNote;
    }

    public NetworkMap ToMap(DateTimeOffset completedAt) => new()
    {
        Members = [.. Entries.Select(e => e.Member)],
        Ties = Ties,
        Wishes = Wishes,
        Notes = Notes,
        Satisfaction = Satisfaction,
        FilledInBy = AnsweredBy.Client,
        CompletedAt = completedAt,
    };
}
