using System.Text.RegularExpressions;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>Issue 10: the review list comes a page at a time from the database, filtered there.</summary>
public sealed partial class ReviewListTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_list_shows_25_intakes_a_page_with_next_and_previous_links()
    {
        using var client = await SignedInWithAsync(30, i => ReviewSamples.Record($"r{i:00}", code: $"R{i:00}") with { SubmittedAt = ReviewSamples.At.AddMinutes(i) });

        var first = await client.GetStringAsync("/review");
        var second = await client.GetStringAsync("/review?page=2");

        Assert.Equal(25, Listed(first).Count);
        Assert.Equal("r29", Listed(first)[0]);
        Assert.Contains("<a href=\"/review?page=2\" rel=\"next\">Volgende</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Equal(["r04", "r03", "r02", "r01", "r00"], Listed(second));
        Assert.Contains("<a href=\"/review\" rel=\"prev\">Vorige</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("Pagina 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_links_keep_the_filters()
    {
        using var client = await SignedInWithAsync(27, i => ReviewSamples.Record($"u{i:00}", urgent: true));

        var html = await client.GetStringAsync("/review?urgent=true&record=Submitted");

        Assert.Contains("href=\"/review?record=Submitted&amp;urgent=true&amp;page=2\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Listed(await client.GetStringAsync("/review?record=Submitted&urgent=true&page=2")).Count);
    }

    [Fact]
    public async Task Filters_on_status_review_status_urgency_and_dates()
    {
        using var client = await SignedInWithAsync(0, _ => null!);
        await host.SeedAsync(ReviewSamples.Record("draft") with { Status = IntakeStatus.Draft, SubmittedAt = null, UpdatedAt = ReviewSamples.At.AddDays(-10) });
        await host.SeedAsync(ReviewSamples.Record("urgent", urgent: true));
        await host.SeedAsync(ReviewSamples.Record("done") with { SubmittedAt = ReviewSamples.At.AddDays(-5) });
        await host.Services.GetRequiredService<ReviewIntakes>().SetStatusAsync("done", ReviewStatus.Done, CancellationToken.None);

        Assert.Equal(["urgent", "done", "draft"], Listed(await client.GetStringAsync("/review")));
        Assert.Equal(["draft"], Listed(await client.GetStringAsync("/review?record=Draft")));
        Assert.Equal(["urgent", "done"], Listed(await client.GetStringAsync("/review?record=Submitted")));
        Assert.Equal(["done"], Listed(await client.GetStringAsync("/review?review=Done")));
        Assert.Equal(["urgent", "draft"], Listed(await client.GetStringAsync("/review?review=New")));
        Assert.Equal(["urgent"], Listed(await client.GetStringAsync("/review?urgent=true")));
        Assert.Equal(["done", "draft"], Listed(await client.GetStringAsync("/review?urgent=false")));
        Assert.Equal(["done"], Listed(await client.GetStringAsync("/review?from=2026-02-25&to=2026-02-25")));
        Assert.Equal(["urgent", "done"], Listed(await client.GetStringAsync("/review?from=2026-02-25")));
        Assert.Equal(["draft"], Listed(await client.GetStringAsync("/review?to=2026-02-24")));
        Assert.Equal(["urgent", "done", "draft"], Listed(await client.GetStringAsync("/review?record=Gehackt&review=x&urgent=misschien&from=gisteren&page=-1")));
    }

    [Fact]
    public async Task Every_filter_control_has_its_label_and_keeps_what_was_chosen_encoded()
    {
        using var client = await SignedInWithAsync(1, i => ReviewSamples.Record($"a{i}"));

        var html = await client.GetStringAsync("/review?code=%3Cscript%3E&review=InReview&from=2026-03-01");

        foreach (var id in new[] { "q", "record", "review", "urgent", "from", "to" })
        {
            Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"&lt;script&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"InReview\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-03-01\"", html, StringComparison.Ordinal);
        Assert.Contains("Filters wissen", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInWithAsync(int count, Func<int, IntakeRecord> record)
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        for (var i = 0; i < count; i++)
        {
            await host.SeedAsync(record(i));
        }

        return await ReviewHost.SignedInAsync(host, "an@caw.be");
    }

    private static List<string> Listed(string html) => [.. IntakeLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<td><a href=\"/review/intakes/([^\"]+)\">")]
    private static partial Regex IntakeLink();
}
