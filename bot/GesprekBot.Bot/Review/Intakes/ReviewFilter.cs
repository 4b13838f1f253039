using System.Globalization;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// The review list's search and filters as the query string carries them. A value that does not
/// parse is left out rather than refused, so a caseworker with an odd bookmark still gets a list;
/// a date or a search the page cannot use is named in <see cref="Problems"/> (texts shown above the
/// list). Dates are Belgian calendar days, both ends included.
/// </summary>
public sealed record ReviewFilter
{
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly TimeZoneInfo Brussels =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Local;

    /// <summary>The code as the client gives it, or a part of the client's name.</summary>
    public string? Search { get; init; }

    public IntakeStatus? Record { get; init; }

    public ReviewStatus? Review { get; init; }

    public bool? Urgent { get; init; }

    /// <summary>Only the intakes assigned to the signed-in caseworker.</summary>
    public bool Mine { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>The page of the admins' unassigned queue, paged on its own.</summary>
    public int UnassignedPage { get; init; } = 1;

    /// <summary>Keys of the review texts that say what in the query string was not used, and why.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool IsEmpty => Search is null && Record is null && Review is null && Urgent is null && !Mine && From is null && To is null;

    /// <summary>How the search is written in the audit log: what kind it was, never the text (it may be a name).</summary>
    public string? SearchKind => Search is null || Problems.Contains("SearchTooShort") ? null : IntakeQuery.IsCode(Search) ? "Code" : "Name";

    public static ReviewFilter Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = new List<string>();

        // "code" is what the list's search was called before it also took names; old links keep working.
        var search = Blank(value("q")) ?? Blank(value("code"));
        if (search is not null && !IntakeQuery.CanSearch(search))
        {
            problems.Add("SearchTooShort");
        }

        var from = Day(value("from"), "FilterBadFrom", problems);
        var to = Day(value("to"), "FilterBadTo", problems);
        if (from > to)
        {
            problems.Add("FilterDatesReversed");
        }

        return new ReviewFilter
        {
            Search = search,
            Record = Enum.TryParse<IntakeStatus>(value("record"), out var record) && record != IntakeStatus.Discarded && Enum.IsDefined(record) ? record : null,
            Review = Enum.TryParse<ReviewStatus>(value("review"), out var review) && Enum.IsDefined(review) ? review : null,
            Urgent = bool.TryParse(value("urgent"), out var urgent) ? urgent : null,
            Mine = bool.TryParse(value("mine"), out var mine) && mine,
            From = from,
            To = to,
            Page = PageNumber(value("page")),
            UnassignedPage = PageNumber(value("unassigned")),
            Problems = problems,
        };
    }

    /// <param name="organisation">Whose list; null for the unassigned queue.</param>
    /// <param name="page">Which page.</param>
    /// <param name="caseworkerId">The signed-in caseworker, for <see cref="Mine"/>.</param>
    public IntakeQuery ToQuery(string? organisation, int page, string? caseworkerId = null) => new()
    {
        Organisation = organisation,
        Search = Problems.Contains("SearchTooShort") ? null : Search,
        Status = Record,
        ReviewStatus = Review?.ToString(),
        ReviewStatusIncludesNone = Review == ReviewStatus.New,
        Urgent = Urgent,
        Assignee = Mine ? caseworkerId ?? string.Empty : null,
        ClosedReviewStatus = nameof(ReviewStatus.Done),
        From = From is { } from ? StartOf(from) : null,
        Until = To is { } to ? StartOf(to.AddDays(1)) : null,
        Page = page,
    };

    /// <summary>The link to this list with other page numbers; every value escaped.</summary>
    public string Link(int page, int unassignedPage)
    {
        var parts = new List<string>();
        Add(parts, "q", Search);
        Add(parts, "record", Record?.ToString());
        Add(parts, "review", Review?.ToString());
        Add(parts, "urgent", Urgent is { } urgent ? (urgent ? "true" : "false") : null);
        Add(parts, "mine", Mine ? "true" : null);
        Add(parts, "from", From?.ToString(DateFormat, CultureInfo.InvariantCulture));
        Add(parts, "to", To?.ToString(DateFormat, CultureInfo.InvariantCulture));
        Add(parts, "page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        Add(parts, "unassigned", unassignedPage > 1 ? unassignedPage.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "/review" : "/review?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local));
    }

    private static DateOnly? Day(string? text, string problem, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add(problem);
        return null;
    }

    private static int PageNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 100_000 ? page : 1;
}
