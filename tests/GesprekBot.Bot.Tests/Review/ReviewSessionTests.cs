using System.Net;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>
/// A review session ends when the caseworker signs out, also for a copy of its cookie; it ends
/// after a spell of not being used, and after a working day whatever happens (security probe).
/// </summary>
public sealed class ReviewSessionTests : IDisposable
{
    private static readonly Uri Site = new("http://localhost/review");

    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task A_copied_session_cookie_stops_working_when_the_caseworker_signs_out()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        var cookies = new CookieContainer();
        using var caseworker = host.NewClient(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewHost.SignInAsync(caseworker, "an@caw.be")).StatusCode);
        var stolen = new CookieContainer();
        stolen.SetCookies(Site, cookies.GetCookieHeader(Site).Replace("; ", ",", StringComparison.Ordinal));
        using var thief = host.NewClient(stolen);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/review")).StatusCode);

        await ReviewHost.PostFormAsync(caseworker, "/review", "/review/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_again_after_signing_out_works()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        await ReviewHost.PostFormAsync(client, "/review", "/review/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, (await ReviewHost.SignInAsync(client, "an@caw.be")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task A_session_not_used_for_longer_than_the_idle_time_ends()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        host.Time.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);

        host.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task A_session_in_use_all_the_time_still_ends_after_eight_hours()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        for (var minutes = 0; minutes < 7 * 60 + 50; minutes += 10)
        {
            host.Time.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);
        }

        host.Time.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/review")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_on_one_computer_ends_the_sessions_on_the_others_too()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var office = await ReviewHost.SignedInAsync(host, "an@caw.be");
        using var home = await ReviewHost.SignedInAsync(host, "an@caw.be");

        await ReviewHost.PostFormAsync(office, "/review", "/review/signout", []);

        Assert.Equal(HttpStatusCode.Redirect, (await home.GetAsync("/review")).StatusCode);
    }
}
