using GesprekBot.Bot.Review.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

/// <summary>
/// POST only (a GET sign-out link could be triggered by any page). Signing out gives the account a
/// new security stamp, so every session of it ends, also a copy of this cookie and other computers.
/// </summary>
public sealed class SignOutModel(CaseworkerStore accounts) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await accounts.RotateSecurityStampAsync(ReviewUser.From(User).Id, cancellationToken);
        }

        await HttpContext.SignOutAsync(ReviewHosting.Scheme);
        return LocalRedirect("/review/signin");
    }
}
