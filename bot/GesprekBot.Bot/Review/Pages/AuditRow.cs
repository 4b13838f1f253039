using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>
/// An audit entry as words: the intake as its code (a link while it exists), the detail as a label
/// (a status, a kind of search, a colleague's name, the other intake of a comparison), never an id.
/// </summary>
/// <param name="IntakeLink">The intake's page while it exists and the admin may see it.</param>
public sealed record AuditRow(AuditEntry Entry, string? IntakeCode, string? IntakeLink, string? Detail)
{
    /// <summary>The ids the rows need turned into codes: the intakes, and the other side of a comparison.</summary>
    public static IReadOnlyCollection<string> IntakeIds(IEnumerable<AuditEntry> entries) =>
        [.. entries.SelectMany(e => new[] { e.IntakeId, e.Action == AuditAction.Compared ? e.Detail : null }).OfType<string>().Distinct(StringComparer.Ordinal)];

    public static AuditRow Of(AuditEntry entry, IReadOnlyDictionary<string, string> codes, IReadOnlyDictionary<string, string> colleagues)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(colleagues);
        string? Code(string? id) => id is null ? null : codes.TryGetValue(id, out var code) ? code : ReviewText.Text("AuditIntakeGone");
        var detail = entry.Action switch
        {
            AuditAction.StatusChanged => ReviewText.Of("ReviewStatus", ReviewMeta.Parse(entry.Detail)),
            AuditAction.Searched => entry.Detail is "Code" ? ReviewText.Text("SearchKindCode") : ReviewText.Text("SearchKindName"),
            AuditAction.AssigneeChanged => entry.Detail is null ? ReviewText.Text("AuditAssignedNobody")
                : ReviewText.Format("AuditAssignedTo", colleagues.TryGetValue(entry.Detail, out var name) ? name : ReviewText.Text("UnknownCaseworker")),
            AuditAction.Compared => entry.Detail is null ? null : ReviewText.Format("AuditComparedWith", Code(entry.Detail)),
            AuditAction.Exported => entry.Detail is null ? null : ReviewText.Format("AuditExportedAs", entry.Detail),
            AuditAction.ListViewed or AuditAction.AssignmentRefused => null,
            _ => entry.Detail,
        };
        var link = entry.IntakeId is { } id && codes.ContainsKey(id) ? $"/review/intakes/{Uri.EscapeDataString(id)}" : null;
        return new AuditRow(entry, Code(entry.IntakeId), link, detail);
    }
}
