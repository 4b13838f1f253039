using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>The organisation's audit log, for its admins only (others get 404, like any page they may not see).</summary>
public sealed class AuditModel(AuditLog audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = ReviewUser.From(User);
        if (!user.IsAdmin)
        {
            return NotFound();
        }

        Entries = await audit.ReadAsync(user.Organisation, cancellationToken);
        return Page();
    }
}
