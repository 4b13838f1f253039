using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Storage.Intakes;

/// <summary>One page of the review list: whose intakes, which ones, which page. Discarded records never show.</summary>
public sealed record IntakeQuery
{
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 200;

    public const int MinimumSearchLength = IntakeQueryNames.MinimumLength;

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

    /// <summary>
    /// What the caseworker typed in the search box: the intake code as the client gives it, or a part of
    /// the client's name (any case, accents ignored, at least <see cref="MinimumSearchLength"/> letters).
    /// </summary>
    public string? Search { get; init; }

    /// <summary>Only intakes assigned to this caseworker id.</summary>
    public string? Assignee { get; init; }

    /// <summary>
    /// The review status of a closed case: an urgent intake with it sorts with the others by date
    /// (a closed crisis must not stay on top). Null: every urgent intake first.
    /// </summary>
    public string? ClosedReviewStatus { get; init; }

    /// <summary>1 for the first page; past the last page, the last page is given.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Whether <paramref name="typed"/> can find anything: a whole code, or enough letters of a name.</summary>
    public static bool CanSearch(string typed) =>
        IsCode(typed) || IntakeQueryNames.Fold(typed).Length >= MinimumSearchLength;

    /// <summary>Whether <paramref name="typed"/> has the shape of an intake code (eight symbols once dashes and spaces are gone).</summary>
    public static bool IsCode(string typed) => IntakeCodes.Compact(typed).Length == IntakeCodes.Length;

    internal int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    internal int PageNumber => Math.Max(1, Page);
}

/// <summary>An intake as the review lists it: the record, where it belongs, the review's status (null: none set yet).</summary>
public sealed record CatalogedIntake(IntakeRecord Record, string? Organisation, string? ReviewStatus)
{
    /// <summary>The id of the caseworker it is assigned to, if any.</summary>
    public string? Assignee { get; init; }
}

/// <summary>One page of intakes, open urgent ones first, then newest; <see cref="Total"/> counts every page.</summary>
public sealed record IntakePage(IReadOnlyList<CatalogedIntake> Items, int Page, bool HasNext)
{
    public int Total { get; init; }

    public int PageSize { get; init; } = IntakeQuery.DefaultPageSize;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;
}
