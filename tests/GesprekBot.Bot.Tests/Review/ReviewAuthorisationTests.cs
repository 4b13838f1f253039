using System.Net;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewAuthorisationTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData("/review")]
    [InlineData("/review/intakes/a1")]
    [InlineData("/review/intakes/a1/print")]
    [InlineData("/review/intakes/a1/export/graphml")]
    [InlineData("/review/invites")]
    [InlineData("/review/audit")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        using var client = host.NewClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/review/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/review/intakes/a1")]
    [InlineData("/review/intakes/a1/print")]
    [InlineData("/review/intakes/a1/export/json")]
    [InlineData("/review/intakes/a1/export/nodes.csv")]
    [InlineData("/review/intakes/nothing-here")]
    public async Task A_caseworker_of_another_organisation_gets_404(string url)
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.AddCaseworkerAsync("els@andere.be", "CAW West");
        using var client = await ReviewHost.SignedInAsync(host, "els@andere.be");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var list = await client.GetStringAsync("/review");
        Assert.DoesNotContain("CODE-a1", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owning_organisation_sees_its_intake_in_the_list_and_in_detail()
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.AddCaseworkerAsync("an@caw.be", "caw oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        Assert.Contains("CODE-a1", await client.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review/intakes/a1")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_is_for_admins_only()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        await host.AddCaseworkerAsync("baas@caw.be", "CAW Oost", admin: true);
        using var worker = await ReviewHost.SignedInAsync(host, "an@caw.be");
        using var admin = await ReviewHost.SignedInAsync(host, "baas@caw.be");

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/review/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/review/audit")).StatusCode);
    }

    [Fact]
    public async Task Review_pages_carry_the_security_headers_and_a_strict_cookie()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = host.NewClient();

        var page = await client.GetAsync("/review/signin");
        var signIn = await ReviewHost.SignInAsync(client, "an@caw.be");

        Assert.Equal("default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("GesprekBot.Review=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/review", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var response = await client.PostAsync("/review/intakes/a1?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review/intakes/a1")).StatusCode);
    }
}
