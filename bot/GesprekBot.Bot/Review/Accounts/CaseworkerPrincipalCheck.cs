using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// Checks the cookie's caseworker against the stored account on every request: an account that was
/// removed, moved to another organisation or lost its admin role loses its session at once instead
/// of keeping it until the cookie expires.
/// </summary>
internal static class CaseworkerPrincipalCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        var user = ReviewUser.From(principal);
        var accounts = context.HttpContext.RequestServices.GetRequiredService<CaseworkerStore>();
        var account = (await accounts.AllAsync(context.HttpContext.RequestAborted)).FirstOrDefault(a => a.Id == user.Id);
        if (account is null || !user.BelongsTo(account.Organisation) || account.IsAdmin != user.IsAdmin)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ReviewHosting.Scheme);
        }
    }
}
