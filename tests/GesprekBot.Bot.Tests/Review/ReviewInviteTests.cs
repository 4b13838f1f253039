using System.Text.RegularExpressions;

namespace GesprekBot.Bot.Tests.Review;

public sealed partial class ReviewInviteTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task An_intake_started_with_an_invite_belongs_to_the_inviting_organisation()
    {
        await host.AddCaseworkerAsync("els@west.be", "CAW West");
        await host.AddCaseworkerAsync("an@oost.be", "CAW Oost");
        using var west = await ReviewHost.SignedInAsync(host, "els@west.be");
        using var oost = await ReviewHost.SignedInAsync(host, "an@oost.be");

        await ReviewHost.PostFormAsync(west, "/review/invites", "/review/invites", []);
        var code = LinkPattern().Match(await west.GetStringAsync("/review/invites")).Groups[1].Value;
        await host.SeedAsync(ReviewSamples.Record("a1", invite: code));

        Assert.Matches("^[A-Z2-9]{10}$", code);
        Assert.Contains("CODE-a1", await west.GetStringAsync("/review/invites"), StringComparison.Ordinal);
        Assert.Contains("CODE-a1", await west.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.DoesNotContain("CODE-a1", await oost.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.DoesNotContain(code, await oost.GetStringAsync("/review/invites"), StringComparison.Ordinal);
        var qr = await west.GetAsync($"/review/invites/{code}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await qr.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await oost.GetAsync($"/review/invites/{code}/qr.svg")).StatusCode);
    }

    [GeneratedRegex(@"https://bot\.example/\?invite=([A-Z0-9]+)")]
    private static partial Regex LinkPattern();
}
