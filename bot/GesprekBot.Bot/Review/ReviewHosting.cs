using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Exports;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Bot.Review.Invites;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace GesprekBot.Bot.Review;

/// <summary>The caseworker review under <c>/review</c>: Razor Pages, cookie sign-in, exports.</summary>
public static class ReviewHosting
{
    public const string Scheme = "GesprekBot.Review";
    public const string Policy = "Caseworker";

    public static WebApplicationBuilder AddReview(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewOptions>().Bind(builder.Configuration.GetSection(ReviewOptions.Section));
        builder.Services.AddSingleton<IPasswordHasher<Caseworker>, PasswordHasher<Caseworker>>();
        builder.Services.AddSingleton<CaseworkerStore>();
        builder.Services.AddSingleton<SignInService>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<InviteStore>();
        builder.Services.AddReviewAccountUpgrades();
        builder.Services.AddSingleton<IntakeOrganisations>();
        builder.Services.AddSingleton<ReviewIntakes>();
        builder.Services.AddSingleton<ReviewColleagues>();
        builder.Services.AddHostedService<FirstCaseworkerSeeder>();
        builder.Services.AddHostedService<DefaultOrganisationCheck>();

        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            var review = builder.Configuration.GetSection(ReviewOptions.Section).Get<ReviewOptions>() ?? new ReviewOptions();
            cookie.Cookie.Name = "GesprekBot.Review";
            cookie.Cookie.Path = "/review";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/review/signin";
            cookie.LogoutPath = "/review/signout";
            cookie.AccessDeniedPath = "/review/signin";
            cookie.ExpireTimeSpan = review.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = CaseworkerPrincipalCheck.ValidateAsync;
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ReviewUser.OrganisationClaim));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "GesprekBot.Review.Antiforgery";
            antiforgery.Cookie.Path = "/review";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Review/Pages";
            pages.Conventions.AuthorizeFolder("/", Policy);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
        });
        return builder;
    }

    public static WebApplication MapReview(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/review"), review => review.Use(ReviewSecurityHeaders.AddAsync));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/review/assets/review.css", () => Results.Text(ReviewStyles.Css, "text/css")).AllowAnonymous();
        app.MapGet("/review/assets/icon.svg", () => Results.Text(ReviewStyles.Icon, "image/svg+xml")).AllowAnonymous();
        app.MapReviewExports();
        app.MapInviteQr();
        return app;
    }
}
