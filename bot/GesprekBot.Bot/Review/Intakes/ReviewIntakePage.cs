namespace GesprekBot.Bot.Review.Intakes;

/// <summary>One page of the review list, urgent first, then newest.</summary>
public sealed record ReviewIntakePage(IReadOnlyList<ReviewIntake> Items, int Page, bool HasNext)
{
    public static ReviewIntakePage Empty { get; } = new([], 1, false);

    public bool HasPrevious => Page > 1;

    public int Count => Items.Count;
}
