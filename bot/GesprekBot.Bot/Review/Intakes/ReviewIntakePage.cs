namespace GesprekBot.Bot.Review.Intakes;

/// <summary>One page of the review list, open urgent intakes first, then newest; <see cref="Total"/> over every page.</summary>
public sealed record ReviewIntakePage(IReadOnlyList<ReviewIntake> Items, int Page, bool HasNext)
{
    public static ReviewIntakePage Empty { get; } = new([], 1, false);

    public int Total { get; init; }

    public int PageCount { get; init; } = 1;

    public bool HasPrevious => Page > 1;

    public int Count => Items.Count;
}
