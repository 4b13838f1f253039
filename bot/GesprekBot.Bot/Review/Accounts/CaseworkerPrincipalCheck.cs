using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// Checks the cookie's caseworker against the stored account on every request: an account that was
/// removed, moved to another organisation or lost its admin role loses its session at once instead
/// of keeping it until the cookie expires; so does a session whose security stamp is no longer the
/// account's (signed out, here or on another computer), and one older than
/// <see cref="ReviewOptions.MaxSessionLength"/> however much it is used.
/// </summary>
internal static class CaseworkerPrincipalCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var user = ReviewUser.From(principal);
        var accounts = services.GetRequiredService<CaseworkerStore>();
        var account = (await accounts.AllAsync(context.HttpContext.RequestAborted)).FirstOrDefault(a => a.Id == user.Id);
        var stamp = principal.FindFirst(ReviewUser.StampClaim)?.Value ?? string.Empty;
        var signedInAt = long.TryParse(principal.FindFirst(ReviewUser.SignedInAtClaim)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        var maxLength = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReviewOptions>>().Value.MaxSessionLength;
        var tooOld = services.GetRequiredService<TimeProvider>().GetUtcNow() - signedInAt > maxLength;
        if (account is null || !user.BelongsTo(account.Organisation) || account.IsAdmin != user.IsAdmin
            || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal) || tooOld)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ReviewHosting.Scheme);
        }
    }
}
