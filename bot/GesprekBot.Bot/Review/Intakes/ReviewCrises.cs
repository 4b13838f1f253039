using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Review.Intakes;

/// <summary>One message of the client with a crisis signal, as the caseworker reads it.</summary>
/// <param name="Text">The client's own words.</param>
/// <param name="At">When they wrote it (the first time, when they wrote it again).</param>
/// <param name="Question">At which question, as a Dutch label.</param>
public sealed record ReviewCrisisQuote(string Text, DateTimeOffset At, string Question);

/// <summary>A kind of crisis signal: how often it was flagged, since when, and every distinct message.</summary>
public sealed record ReviewCrisis(CrisisCategory Category, int Count, DateTimeOffset First, IReadOnlyList<ReviewCrisisQuote> Quotes);

/// <summary>
/// The record's crisis flags grouped per kind, so a repeat is not a new line. Records written
/// before a flag kept the client's words have them as a <c>crisis.N</c> answer of the same moment.
/// </summary>
public static class ReviewCrises
{
    public const string OldAnswerPrefix = "crisis.";

    public static IReadOnlyList<ReviewCrisis> Of(IntakeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. WithQuotes(record)
            .GroupBy(f => f.Category)
            .OrderBy(g => g.Key)
            .Select(g => new ReviewCrisis(
                g.Key,
                g.Count(),
                g.Min(f => f.At),
                [.. g.Where(f => !string.IsNullOrWhiteSpace(f.Quote))
                    .OrderBy(f => f.At)
                    .DistinctBy(f => f.Quote!.Trim().ToUpperInvariant())
                    .Select(f => new ReviewCrisisQuote(f.Quote!.Trim(), f.At, QuestionLabel(f.QuestionKey)))]))];
    }

    /// <summary>The record for the answers list: crisis messages are shown in the crisis section, never under a raw key.</summary>
    public static IntakeRecord WithoutCrisisAnswers(IntakeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record with { Answers = [.. record.Answers.Where(a => !IsOldCrisisAnswer(a))] };
    }

    /// <summary>The urgent flags with the client's words, also for flags of records written before flags kept them.</summary>
    public static IReadOnlyList<UrgentFlag> WithQuotes(IntakeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var oldAnswers = record.Answers.Where(IsOldCrisisAnswer).ToList();
        return [.. record.Urgent.Select(f => f.Quote is not null ? f : f with { Quote = oldAnswers.FirstOrDefault(a => a.At == f.At)?.Text })];
    }

    private static bool IsOldCrisisAnswer(IntakeAnswer answer) => answer.QuestionKey.StartsWith(OldAnswerPrefix, StringComparison.Ordinal);

    private static string QuestionLabel(string? key)
    {
        if (key is null)
        {
            return ReviewText.Text("CrisisNoQuestion");
        }

        var label = ReviewText.Question(key);
        return label == key ? ReviewText.Text("CrisisSomeQuestion") : label;
    }
}
