namespace GesprekBot.Bot.Review.Intakes;

/// <summary>The caseworkers' own progress on an intake, apart from the record's Draft/Submitted.</summary>
public enum ReviewStatus
{
    New,
    InReview,
    Done,
}

/// <summary>A caseworker's note on an intake.</summary>
public sealed record ReviewNote(DateTimeOffset At, string AuthorId, string AuthorName, string Text);

/// <summary>What the review adds to an intake (<c>review/intakes/{id}</c>); deleted with the intake.</summary>
public sealed record ReviewMeta
{
    public ReviewStatus Status { get; init; } = ReviewStatus.New;

    public IReadOnlyList<ReviewNote> Notes { get; init; } = [];

    /// <summary>Set when an admin took an intake without a valid invite for their organisation.</summary>
    public string? AssignedOrganisation { get; init; }
}
