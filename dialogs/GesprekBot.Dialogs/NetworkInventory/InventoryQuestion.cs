namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>The kinds of question the inventory asks; each has its own prompt, texts and answer rules.</summary>
internal enum QuestionKind
{
    Proposal,
    Domain,
    Role,
    Ring,
    SupportReceived,
    SupportGiven,
    Frequency,
    Quality,
    Wish,
    MoreDetails,
    AnimalsAndPlaces,
    Wishes,
    Ties,
    Satisfaction,
}

/// <summary>
/// One question about one subject (a member id, a domain, a proposal), with its place in the
/// current round so the client sees progress ("2 van 5").
/// </summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Subject">Whom or what it is about; null for questions about the whole map.</param>
/// <param name="Position">1-based position in its round; 0 when progress is not shown.</param>
/// <param name="Total">The round's length.</param>
internal sealed record InventoryQuestion(QuestionKind Kind, string? Subject = null, int Position = 0, int Total = 0)
{
    /// <summary>Identifies the question within a run: once answered (or given up on) it is not asked again.</summary>
    public string Key => Subject is null ? Kind.ToString() : $"{Kind}:{Subject}";
}
