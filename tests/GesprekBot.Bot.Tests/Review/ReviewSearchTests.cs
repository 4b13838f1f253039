using System.Net;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Intakes;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>Issue 15, find: search by code or name within the organisation, counted pages, bad input answered in Dutch.</summary>
public sealed partial class ReviewSearchTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData("Z8UU-EHHY")]
    [InlineData("z8uu-ehhy")]
    [InlineData("%20Z8UU%20EHHY%20")]
    [InlineData("z8uuehhy")]
    public async Task The_search_box_finds_the_code_as_the_client_got_it(string typed)
    {
        using var client = await SignedInAsync();

        Assert.Equal(["marc"], Listed(await client.GetStringAsync($"/review?q={typed}")));
    }

    [Theory]
    [InlineData("sofie", new[] { "sofie2", "sofie1" })]
    [InlineData("SOF", new[] { "sofie2", "sofie1" })]
    [InlineData("Noé", new[] { "noe" })]
    [InlineData("noe", new[] { "noe" })]
    [InlineData("%C3%ABl", new[] { "noe" })] // "ël" in "Noël"
    [InlineData("arc", new[] { "marc" })]
    public async Task The_search_box_finds_a_part_of_the_name_or_nickname_in_any_case_and_accent(string typed, string[] expected)
    {
        using var client = await SignedInAsync();

        Assert.Equal(expected, Listed(await client.GetStringAsync($"/review?q={typed}")));
    }

    [Fact]
    public async Task The_search_never_reaches_another_organisation()
    {
        using var own = await SignedInAsync();
        await host.AddCaseworkerAsync("jan@west.be", "CAW West");
        using var other = await ReviewHost.SignedInAsync(host, "jan@west.be");

        Assert.Equal(["sofie2", "sofie1"], Listed(await own.GetStringAsync("/review?q=sofie")));
        Assert.Empty(Listed(await other.GetStringAsync("/review?q=sofie")));
        Assert.Empty(Listed(await other.GetStringAsync("/review?q=Z8UU-EHHY")));
    }

    [Fact]
    public async Task A_search_is_audited_by_its_kind_and_never_with_what_was_typed()
    {
        using var client = await SignedInAsync();

        await client.GetStringAsync("/review");
        await client.GetStringAsync("/review?q=Sofie");
        await client.GetStringAsync("/review?q=z8uu-ehhy");
        await client.GetStringAsync("/review?q=x");

        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        var searches = log.Where(e => e.Action is AuditAction.Searched or AuditAction.ListViewed).Reverse().ToList();
        Assert.Equal([(AuditAction.ListViewed, (string?)null), (AuditAction.Searched, "Name"), (AuditAction.Searched, "Code"), (AuditAction.ListViewed, null)], searches.Select(e => (e.Action, e.Detail)));
        Assert.All(searches, e => Assert.Equal("an", e.CaseworkerName));
        Assert.DoesNotContain(log, e => (e.Detail ?? string.Empty).Contains("Sofie", StringComparison.OrdinalIgnoreCase) || (e.Detail ?? string.Empty).Contains("Z8UU", StringComparison.OrdinalIgnoreCase));
        var audit = await client.GetStringAsync("/review/audit");
        Assert.Contains("<td>gezocht</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>op naam</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>intakes bekeken</td>", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/review?from=gisteren", "De datum bij ‘Van’ is geen geldige datum")]
    [InlineData("/review?to=2026-13-45", "De datum bij ‘Tot en met’ is geen geldige datum")]
    [InlineData("/review?from=2026-03-05&to=2026-03-01", "ligt na die bij ‘Tot en met’")]
    [InlineData("/review?q=x", "Typ minstens 2 letters")]
    public async Task Bad_input_gets_a_Dutch_message_and_the_rest_of_the_list(string url, string message)
    {
        using var client = await SignedInAsync();

        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(message), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_bad_input_there_is_no_message()
    {
        using var client = await SignedInAsync();

        Assert.DoesNotContain("role=\"alert\"", await client.GetStringAsync("/review?q=sofie&from=2026-03-01"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("99999", 2)]
    [InlineData("abc", 1)]
    public async Task A_page_number_out_of_range_gives_a_real_page_with_the_total(string page, int shown)
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        for (var i = 0; i < 30; i++)
        {
            await host.SeedAsync(ReviewSamples.Record($"r{i:00}", code: $"R{i:00}") with { SubmittedAt = ReviewSamples.At.AddMinutes(i) });
        }

        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        var response = await client.GetAsync($"/review?page={page}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Pagina {shown} van 2", html, StringComparison.Ordinal);
        Assert.Contains("30 intakes gevonden", html, StringComparison.Ordinal);
        Assert.Equal(shown == 1 ? 25 : 5, Listed(html).Count);
    }

    [Fact]
    public async Task Search_and_filters_combine_and_survive_paging()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        for (var i = 0; i < 60; i++)
        {
            await host.SeedAsync(ReviewSamples.Record($"r{i:00}", code: $"R{i:00}", name: i % 2 == 0 ? "Anneke" : "Bart", urgent: i % 4 == 0) with { SubmittedAt = ReviewSamples.At.AddMinutes(i) });
        }

        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        var first = await client.GetStringAsync("/review?q=anne&urgent=false");

        Assert.Contains("15 intakes gevonden", first, StringComparison.Ordinal);
        Assert.All(Listed(first), id => Assert.Equal(2, int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) % 4));
        Assert.DoesNotContain("rel=\"next\"", first, StringComparison.Ordinal);
        var all = await client.GetStringAsync("/review?q=anne");
        Assert.Contains("href=\"/review?q=anne&amp;page=2\" rel=\"next\"", all, StringComparison.Ordinal);
        var second = await client.GetStringAsync("/review?q=anne&page=2");
        Assert.Equal(5, Listed(second).Count);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.Empty(Listed(all).Intersect(Listed(second)));
    }

    [Fact]
    public async Task A_closed_crisis_no_longer_stays_on_top_but_an_open_one_does()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        await host.SeedAsync(ReviewSamples.Record("marc", urgent: true) with { SubmittedAt = ReviewSamples.At.AddDays(-3) });
        await host.SeedAsync(ReviewSamples.Record("nadia", urgent: true) with { SubmittedAt = ReviewSamples.At.AddDays(-4) });
        await host.SeedAsync(ReviewSamples.Record("lotte") with { SubmittedAt = ReviewSamples.At });
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        Assert.Equal(["marc", "nadia", "lotte"], Listed(await client.GetStringAsync("/review")));

        await host.Services.GetRequiredService<ReviewIntakes>().SetStatusAsync("marc", ReviewStatus.Done, CancellationToken.None);

        Assert.Equal(["nadia", "lotte", "marc"], Listed(await client.GetStringAsync("/review")));
    }

    private async Task<HttpClient> SignedInAsync()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.SeedAsync(ReviewSamples.Record("marc", code: "Z8UUEHHY", name: "Marc") with { SubmittedAt = ReviewSamples.At.AddMinutes(1) });
        await host.SeedAsync(ReviewSamples.Record("sofie1", code: "ZJJUEDFW", name: "Sofie") with { SubmittedAt = ReviewSamples.At.AddMinutes(2) });
        await host.SeedAsync(ReviewSamples.Record("sofie2", code: "QKXZEDFW", name: "sofie (Sof)") with { SubmittedAt = ReviewSamples.At.AddMinutes(3) });
        await host.SeedAsync(ReviewSamples.Record("noe", code: "MMMMEDFW", name: "Noël") with { SubmittedAt = ReviewSamples.At.AddMinutes(4) });
        return await ReviewHost.SignedInAsync(host, "an@caw.be");
    }

    private static List<string> Listed(string html) => [.. IntakeLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<td><a href=\"/review/intakes/([^\"]+)\">")]
    private static partial Regex IntakeLink();
}
