using System.Net;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Pages;
using GesprekBot.Bot.Tests.Review;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Storage.Audit;

/// <summary>The audit page reads a page of the log, not all of it: the newest 200 entries and a link to the ones before.</summary>
public sealed partial class AuditPageTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_page_shows_the_newest_200_entries_and_links_to_the_older_ones()
    {
        await host.AddCaseworkerAsync("baas@caw.be", "CAW Oost", admin: true);
        using var admin = await ReviewHost.SignedInAsync(host, "baas@caw.be"); // writes the oldest entry: SignedIn
        var log = host.Services.GetRequiredService<AuditLog>();
        var user = new ReviewUser("u1", "Bo", "CAW Oost", IsAdmin: true);

        // The page names an intake by its code (issue 15): the entries at the page's edges get real intakes.
        foreach (var edge in new[] { 0, 4, 5, AuditModel.PageSize + 4 })
        {
            await host.SeedAsync(ReviewSamples.Record($"intake-{edge:D3}", code: $"EDGE{edge:D4}"));
        }

        for (var i = 0; i < AuditModel.PageSize + 5; i++)
        {
            await log.WriteAsync(user, AuditAction.Viewed, $"intake-{i:D3}", null, CancellationToken.None);
        }

        var first = await admin.GetStringAsync("/review/audit");
        var older = WebUtility.HtmlDecode(OlderLink().Match(first).Groups[1].Value);
        var second = await admin.GetStringAsync(older);

        Assert.Equal(AuditModel.PageSize, Rows(first));
        Assert.Contains($">EDGE-{AuditModel.PageSize + 4:D4}</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("EDGE-0004", first, StringComparison.Ordinal);
        Assert.Equal(6, Rows(second));
        Assert.Contains(">EDGE-0000</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("EDGE-0005", second, StringComparison.Ordinal);
        Assert.DoesNotMatch(OlderLink(), second);
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_shows_the_newest_entries()
    {
        await host.AddCaseworkerAsync("baas@caw.be", "CAW Oost", admin: true);
        using var admin = await ReviewHost.SignedInAsync(host, "baas@caw.be");

        var response = await admin.GetAsync("/review/audit?before=' OR 1=1 --");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Rows(await response.Content.ReadAsStringAsync()));
    }

    private static int Rows(string html) => html.Split("<tbody>")[1].Split("</tbody>")[0].Split("<tr>").Length - 1;

    [GeneratedRegex("<a href=\"(/review/audit\\?before=[^\"]+)\">")]
    private static partial Regex OlderLink();
}
