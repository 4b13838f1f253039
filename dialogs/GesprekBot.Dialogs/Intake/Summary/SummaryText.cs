using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake.Summary;

/// <summary>The summary as label/answer lines, grouped by technique, in the client's own words.</summary>
internal static class SummaryText
{
    private static readonly (string Label, string[] Prefixes)[] Groups =
    [
        (nameof(Texts.SummaryQuestion), ["qbq.why", "qbq.wish", "qbq.restated"]),
        (nameof(Texts.SummaryMiracle), ["miracle."]),
        (nameof(Texts.SummaryScaling), ["scaling."]),
        (nameof(Texts.SummaryFuture), ["future."]),
        (nameof(Texts.SummaryActivating), ["activating."]),
        (nameof(Texts.SummaryNotes), ["summary.note"]),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Lines(IntakeRecord? record, TextCatalog texts)
    {
        var lines = new List<KeyValuePair<string, string>>();
        // Always a name line: one that was skipped says so, and how to give it still.
        lines.Add(new(texts[nameof(Texts.SummaryName)], record?.PreferredName ?? texts[nameof(Texts.SummaryNameNotGiven)]));

        foreach (var (label, prefixes) in Groups)
        {
            var answers = record?.Answers.Where(a => prefixes.Any(p => a.QuestionKey.StartsWith(p, StringComparison.Ordinal))).Select(a => a.Text).ToList() ?? [];
            lines.Add(new(texts[label], answers.Count == 0 ? texts[nameof(Texts.SummaryNothing)] : string.Join(" / ", answers)));
        }

        var network = record?.Network is { } map ? string.Join(" ", NetworkMapSummary.Describe(map, texts.Culture)) : texts[nameof(Texts.SummaryNothing)];
        lines.Add(new(texts[nameof(Texts.SummaryNetwork)], network));
        return lines;
    }

    /// <summary>The client's copy: every answer under its question group, as plain text.</summary>
    public static string Copy(IntakeRecord? record, TextCatalog texts) =>
        string.Join("\n", Lines(record, texts).Select(l => $"{l.Key}: {l.Value}"));
}
