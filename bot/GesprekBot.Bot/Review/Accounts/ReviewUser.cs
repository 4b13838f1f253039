using System.Security.Claims;

namespace GesprekBot.Bot.Review.Accounts;

/// <summary>The signed-in caseworker as carried in the review cookie.</summary>
public sealed record ReviewUser(string Id, string Name, string Organisation, bool IsAdmin)
{
    public const string OrganisationClaim = "gesprekbot:organisation";
    public const string AdminRole = "review-admin";
    public const string StampClaim = "gesprekbot:stamp";
    public const string SignedInAtClaim = "gesprekbot:signedInAt";

    public static ClaimsPrincipal Principal(Caseworker account, string scheme, DateTimeOffset signedInAt)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.Name),
            new(OrganisationClaim, account.Organisation),
            new(StampClaim, account.SecurityStamp),
            new(SignedInAtClaim, signedInAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        if (account.IsAdmin)
        {
            claims.Add(new(ClaimTypes.Role, AdminRole));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static ReviewUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
        principal.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
        principal.FindFirstValue(OrganisationClaim) ?? throw new InvalidOperationException("No organisation."),
        principal.IsInRole(AdminRole));

    public bool BelongsTo(string organisation) =>
        string.Equals(Organisation.Trim(), organisation.Trim(), StringComparison.OrdinalIgnoreCase);
}
