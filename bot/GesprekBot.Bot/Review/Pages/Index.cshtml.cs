using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>
/// The organisation's intakes, a page at a time with filters; for admins also the intakes no
/// organisation owns yet (paged on their own), to assign.
/// </summary>
public sealed class IndexModel(ReviewIntakes intakes, AuditLog audit) : PageModel
{
    public ReviewIntakePage Intakes { get; private set; } = ReviewIntakePage.Empty;

    public ReviewIntakePage Unassigned { get; private set; } = ReviewIntakePage.Empty;

    public ReviewFilter Filter { get; private set; } = new();

    public bool DeletedMessage { get; private set; }

    public bool AssignedMessage { get; private set; }

    public async Task OnGetAsync(bool deleted, bool assigned, CancellationToken cancellationToken)
    {
        (DeletedMessage, AssignedMessage) = (deleted, assigned);
        Filter = ReviewFilter.Parse(name => Request.Query[name].FirstOrDefault());
        var user = ReviewUser.From(User);
        Intakes = await intakes.ListAsync(user, Filter, cancellationToken);
        Unassigned = await intakes.UnassignedAsync(user, Filter, cancellationToken);
    }

    public async Task<IActionResult> OnPostAssignAsync(string id, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (!user.IsAdmin || string.IsNullOrWhiteSpace(id))
        {
            return NotFound();
        }

        if (!await intakes.AssignToOwnOrganisationAsync(user, id, cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync(user, AuditAction.Assigned, id, null, cancellationToken);
        return LocalRedirect("/review?assigned=true");
    }
}
