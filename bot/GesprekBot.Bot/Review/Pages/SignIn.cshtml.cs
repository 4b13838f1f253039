using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GesprekBot.Bot.Review.Pages;

public sealed class SignInModel(SignInService signIn, AuditLog audit, TimeProvider time) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public string? Email { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(email ?? string.Empty, password ?? string.Empty, cancellationToken);
        if (outcome.SignedIn is not { } account)
        {
            // In the account's own organisation's log, so its admins see guessing at their colleagues' accounts.
            if (outcome.RefusedFor is { } refused)
            {
                await audit.WriteAsync(
                    new ReviewUser(refused.Id, refused.Name, refused.Organisation, refused.IsAdmin),
                    outcome.LockedOut ? AuditAction.SignInLockedOut : AuditAction.SignInFailed, null, null, cancellationToken);
            }

            (Email, ReturnUrl, Failed) = (email, returnUrl, true);
            return Page();
        }

        var principal = ReviewUser.Principal(account, ReviewHosting.Scheme, time.GetUtcNow());
        await HttpContext.SignInAsync(ReviewHosting.Scheme, principal);
        await audit.WriteAsync(ReviewUser.From(principal), AuditAction.SignedIn, null, null, cancellationToken);

        // Only back into the review: an open redirect would let a phishing link borrow our sign-in page.
        return Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/review", StringComparison.Ordinal)
            ? LocalRedirect(returnUrl)
            : LocalRedirect("/review");
    }
}
