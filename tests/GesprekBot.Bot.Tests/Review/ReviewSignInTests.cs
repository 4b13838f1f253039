using System.Net;
using GesprekBot.Bot.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewSignInTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_right_password_signs_in_and_goes_to_the_list()
    {
        await host.AddCaseworkerAsync("An@CAW.be", "CAW Oost");
        using var client = host.NewClient();

        var response = await ReviewHost.SignInAsync(client, " an@caw.be ");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/review", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);
    }

    [Theory]
    [InlineData("an@caw.be", "wrong password!")]
    [InlineData("nobody@caw.be", ReviewHost.Password)]
    public async Task A_wrong_password_or_unknown_address_gives_the_same_message(string email, string password)
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = host.NewClient();

        var response = await ReviewHost.SignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("klopt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_and_a_locked_account_are_in_the_organisations_audit_log()
    {
        // Issue 15: failed sign-ins were in no audit log, so admins could not see guessing at an account.
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        await host.AddCaseworkerAsync("baas@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("ander@caw.be", "CAW West", admin: true);
        using var guesser = host.NewClient();
        for (var i = 0; i < 6; i++)
        {
            await ReviewHost.SignInAsync(guesser, "an@caw.be", "guess " + i);
        }

        await ReviewHost.SignInAsync(guesser, "nobody@caw.be", "guess");
        using var admin = host.NewClient();
        await ReviewHost.SignInAsync(admin, "baas@caw.be");
        using var other = host.NewClient();
        await ReviewHost.SignInAsync(other, "ander@caw.be");

        var log = await admin.GetStringAsync("/review/audit");
        Assert.Equal(5, CountOf(log, "aanmelden mislukt (verkeerd wachtwoord)"));
        Assert.Equal(1, CountOf(log, "aanmelden geweigerd (account tijdelijk geblokkeerd)"));
        Assert.DoesNotContain("nobody@caw.be", log, StringComparison.Ordinal);
        Assert.DoesNotContain("guess", log, StringComparison.Ordinal);
        Assert.DoesNotContain("aanmelden mislukt", await other.GetStringAsync("/review/audit"), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = host.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await ReviewHost.SignInAsync(client, "an@caw.be", "guess " + i);
        }

        Assert.Equal(HttpStatusCode.OK, (await ReviewHost.SignInAsync(client, "an@caw.be")).StatusCode);
        host.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await ReviewHost.SignInAsync(client, "an@caw.be")).StatusCode);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewHost.SignInAsync(client, "an@caw.be")).StatusCode);
    }

    [Fact]
    public async Task Many_wrong_passwords_at_once_get_only_five_checked()
    {
        // Security probe: 64 concurrent wrong passwords were all checked (limit 5), each request writing back a stale account.
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        var signIn = host.Services.GetRequiredService<SignInService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => signIn.SignInAsync("an@caw.be", "guess " + i, CancellationToken.None))));

        Assert.All(results, r => Assert.Null(r.SignedIn));
        Assert.Equal(5, host.Logs.Lines.Count(l => l.Contains("Sign-in failed: wrong password", StringComparison.Ordinal)));
        Assert.Equal(59, host.Logs.Lines.Count(l => l.Contains("Sign-in refused", StringComparison.Ordinal)));
        Assert.Null((await signIn.SignInAsync("an@caw.be", ReviewHost.Password, CancellationToken.None)).SignedIn);
    }

    [Fact]
    public async Task A_stale_copy_of_the_account_does_not_clear_the_lock()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        var accounts = host.Services.GetRequiredService<CaseworkerStore>();
        var stale = await accounts.FindByEmailAsync("an@caw.be", CancellationToken.None);
        var signIn = host.Services.GetRequiredService<SignInService>();
        for (var i = 0; i < 5; i++)
        {
            await signIn.SignInAsync("an@caw.be", "guess " + i, CancellationToken.None);
        }

        await accounts.ReplaceAsync(stale! with { Name = "An P." }, CancellationToken.None);

        Assert.Null((await signIn.SignInAsync("an@caw.be", ReviewHost.Password, CancellationToken.None)).SignedIn);
        host.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal("An P.", (await signIn.SignInAsync("an@caw.be", ReviewHost.Password, CancellationToken.None)).SignedIn?.Name);
    }

    [Fact]
    public async Task A_right_password_forgets_the_earlier_wrong_ones()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        var signIn = host.Services.GetRequiredService<SignInService>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Null((await signIn.SignInAsync("an@caw.be", "guess " + i, CancellationToken.None)).SignedIn);
            }

            Assert.NotNull((await signIn.SignInAsync("an@caw.be", ReviewHost.Password, CancellationToken.None)).SignedIn);
        }
    }

    [Fact]
    public async Task Sign_in_only_returns_to_review_pages()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = host.NewClient();
        var token = await ReviewHost.TokenAsync(client, "/review/signin");

        var response = await client.PostAsync("/review/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "an@caw.be",
            ["password"] = ReviewHost.Password,
            ["returnUrl"] = "//evil.example/review",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal("/review", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_caseworker_moved_to_another_organisation_loses_the_session_at_once()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        var accounts = host.Services.GetRequiredService<CaseworkerStore>();

        await accounts.ReplaceAsync((await accounts.FindByEmailAsync("an@caw.be", CancellationToken.None))! with { Organisation = "CAW West" }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var response = await ReviewHost.PostFormAsync(client, "/review", "/review/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/review")).StatusCode);
    }
}
