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
public sealed class IndexModel(ReviewIntakes intakes, ReviewColleagues colleagues, AuditLog audit) : PageModel
{
    private Dictionary<string, string> names = [];

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

        // Written before the list is read, like every view: a list that cannot be logged is not shown.
        await audit.WriteAsync(user, Filter.SearchKind is null ? AuditAction.ListViewed : AuditAction.Searched, null, Filter.SearchKind, cancellationToken);
        Intakes = await intakes.ListAsync(user, Filter, cancellationToken);
        Unassigned = await intakes.UnassignedAsync(user, Filter, cancellationToken);
        names = (await colleagues.OfAsync(user, cancellationToken)).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>Who the intake is assigned to, in words.</summary>
    public string AssigneeOf(ReviewIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return intake.Meta.Assignee is not { } id ? ReviewText.Text("Nobody")
            : names.TryGetValue(id, out var name) ? name
            : ReviewText.Text("UnknownCaseworker");
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
