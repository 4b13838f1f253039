using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>The organisation's intakes; for admins also the intakes no organisation owns yet, to assign.</summary>
public sealed class IndexModel(ReviewIntakes intakes, AuditLog audit) : PageModel
{
    public IReadOnlyList<ReviewIntake> Intakes { get; private set; } = [];

    public IReadOnlyList<ReviewIntake> Unassigned { get; private set; } = [];

    public string? Code { get; private set; }

    public bool DeletedMessage { get; private set; }

    public bool AssignedMessage { get; private set; }

    public async Task OnGetAsync(string? code, bool deleted, bool assigned, CancellationToken cancellationToken)
    {
        (Code, DeletedMessage, AssignedMessage) = (code, deleted, assigned);
        var user = ReviewUser.From(User);
        Intakes = await intakes.ListAsync(user, code, cancellationToken);
        Unassigned = await intakes.UnassignedAsync(user, code, cancellationToken);
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
