using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Storage.Intakes;

/// <summary>One page of the review list: whose intakes, which ones, which page. Discarded records never show.</summary>
public sealed record IntakeQuery
{
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 200;

    /// <summary>The owning organisation (trimmed, any case); null: the intakes no organisation owns yet.</summary>
    public string? Organisation { get; init; }

    public IntakeStatus? Status { get; init; }

    /// <summary>The review's status as the review spells it; rows without a review status match when <see cref="ReviewStatusIncludesNone"/>.</summary>
    public string? ReviewStatus { get; init; }

    /// <summary>Whether intakes nobody set a review status on count as <see cref="ReviewStatus"/> (its initial value).</summary>
    public bool ReviewStatusIncludesNone { get; init; }

    public bool? Urgent { get; init; }

    /// <summary>From this moment on (submitted, else last changed).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Before this moment.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The intake code as the client gives it (any case, dashes, spaces).</summary>
    public string? Code { get; init; }

    /// <summary>1 for the first page.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    internal int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    internal int PageNumber => Math.Max(1, Page);
}

/// <summary>An intake as the review lists it: the record, where it belongs, the review's status (null: none set yet).</summary>
public sealed record CatalogedIntake(IntakeRecord Record, string? Organisation, string? ReviewStatus);

/// <summary>One page of intakes, urgent first, then newest.</summary>
public sealed record IntakePage(IReadOnlyList<CatalogedIntake> Items, int Page, bool HasNext)
{
    public bool HasPrevious => Page > 1;
}
