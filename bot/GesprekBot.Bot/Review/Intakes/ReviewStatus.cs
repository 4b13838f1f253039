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

/// <summary>What the review adds to an intake (rows of <c>review_status</c> and <c>review_notes</c>); deleted with the intake.</summary>
public sealed record ReviewMeta
{
    public ReviewStatus Status { get; init; } = ReviewStatus.New;

    public IReadOnlyList<ReviewNote> Notes { get; init; } = [];

    /// <summary>The id of the caseworker of the organisation it is assigned to; null: nobody yet.</summary>
    public string? Assignee { get; init; }

    /// <summary>The stored spelling (the enum's name); none stored yet is <see cref="ReviewStatus.New"/>.</summary>
    public static ReviewStatus Parse(string? stored) =>
        Enum.TryParse<ReviewStatus>(stored, ignoreCase: false, out var status) && Enum.IsDefined(status) ? status : ReviewStatus.New;
}
