using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>
/// The organisation's audit log, for its admins only (others get 404, like any page they may not see):
/// the newest <see cref="PageSize"/> entries, and a link to the ones before them.
/// </summary>
public sealed class AuditModel(AuditLog audit, ReviewIntakes intakes, ReviewColleagues colleagues) : PageModel
{
    public const int PageSize = 200;

    public IReadOnlyList<AuditRow> Entries { get; private set; } = [];

    /// <summary>The query string of the next older page, or null on the last one.</summary>
    public string? Older { get; private set; }

    /// <param name="before">"{unix ms}.{sequence}" of the last entry of the page before; anything else starts at the newest.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    public async Task<IActionResult> OnGetAsync(string? before, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (!user.IsAdmin)
        {
            return NotFound();
        }

        // One more than a page: whether there is an older page is known without counting the log.
        var entries = await audit.ReadAsync(user.Organisation, PageSize + 1, AuditCursor.Parse(before), cancellationToken);
        var page = entries.Take(PageSize).ToList();
        var codes = await intakes.CodesAsync(user, AuditRow.IntakeIds(page), cancellationToken);
        var names = (await colleagues.OfAsync(user, cancellationToken)).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        Entries = [.. page.Select(e => AuditRow.Of(e, codes, names))];
        Older = entries.Count > PageSize ? $"?before={AuditCursor.After(page[^1])}" : null;
        return Page();
    }
}
