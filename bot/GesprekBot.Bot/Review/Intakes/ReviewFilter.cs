using System.Globalization;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Storage.Intakes;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>
/// The review list's filters as the query string carries them. Anything that does not parse is
/// ignored rather than refused: a caseworker with an odd bookmark still gets a list. Dates are
/// Belgian calendar days, both ends included.
/// </summary>
public sealed record ReviewFilter
{
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly TimeZoneInfo Brussels =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Local;

    public string? Code { get; init; }

    public IntakeStatus? Record { get; init; }

    public ReviewStatus? Review { get; init; }

    public bool? Urgent { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>The page of the admins' unassigned queue, paged on its own.</summary>
    public int UnassignedPage { get; init; } = 1;

    public bool IsEmpty => this with { Page = 1, UnassignedPage = 1 } == new ReviewFilter();

    public static ReviewFilter Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ReviewFilter
        {
            Code = string.IsNullOrWhiteSpace(value("code")) ? null : value("code")!.Trim(),
            Record = Enum.TryParse<IntakeStatus>(value("record"), out var record) && record != IntakeStatus.Discarded && Enum.IsDefined(record) ? record : null,
            Review = Enum.TryParse<ReviewStatus>(value("review"), out var review) && Enum.IsDefined(review) ? review : null,
            Urgent = bool.TryParse(value("urgent"), out var urgent) ? urgent : null,
            From = Day(value("from")),
            To = Day(value("to")),
            Page = PageNumber(value("page")),
            UnassignedPage = PageNumber(value("unassigned")),
        };
    }

    public IntakeQuery ToQuery(string? organisation, int page) => new()
    {
        Organisation = organisation,
        Code = Code,
        Status = Record,
        ReviewStatus = Review?.ToString(),
        ReviewStatusIncludesNone = Review == ReviewStatus.New,
        Urgent = Urgent,
        From = From is { } from ? StartOf(from) : null,
        Until = To is { } to ? StartOf(to.AddDays(1)) : null,
        Page = page,
    };

    /// <summary>The link to this list with other page numbers; every value escaped.</summary>
    public string Link(int page, int unassignedPage)
    {
        var parts = new List<string>();
        Add(parts, "code", Code);
        Add(parts, "record", Record?.ToString());
        Add(parts, "review", Review?.ToString());
        Add(parts, "urgent", Urgent is { } urgent ? (urgent ? "true" : "false") : null);
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

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local));
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static int PageNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 100_000 ? page : 1;
}
