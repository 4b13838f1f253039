using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>The printable summary: the same facts without forms; the stylesheet's print rules do the rest.</summary>
public sealed class PrintModel(ReviewIntakes intakes, AuditLog audit) : PageModel
{
    public ReviewIntake Intake { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (await intakes.FindAsync(user, id, cancellationToken) is not { } intake)
        {
            return NotFound();
        }

        await audit.WriteAsync(user, AuditAction.Printed, intake.Id, null, cancellationToken);
        Intake = intake;
        return Page();
    }
}
