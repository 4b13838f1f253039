using System.Net;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Review.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>Issue 15: no raw values (enum names, true/false, ids) in what the list, the intake page and the audit log show.</summary>
public sealed partial class ReviewWordsTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_list_and_the_intake_page_show_words_not_enum_names_booleans_or_ids()
    {
        var id = Guid.NewGuid().ToString("N");
        using var client = await SetUpAsync(id);

        foreach (var url in new[] { "/review", $"/review/intakes/{id}", "/review?review=InReview&urgent=true&mine=true" })
        {
            var visible = Visible(await client.GetStringAsync(url));

            Assert.DoesNotContain(id, visible, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(RawWord(), visible);
        }

        var page = Visible(await client.GetStringAsync($"/review/intakes/{id}"));
        Assert.Contains("In behandeling", page, StringComparison.Ordinal);
        Assert.Contains("– ja", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_names_the_intake_by_its_code_and_the_detail_in_words()
    {
        var id = Guid.NewGuid().ToString("N");
        using var client = await SetUpAsync(id);
        await host.SeedAsync(ReviewSamples.Record("gone", code: "QKXZA7C5"));
        await client.GetStringAsync($"/review/intakes/{id}/compare?with=gone");
        await client.GetAsync($"/review/intakes/{id}/export/nodes.csv");
        await ReviewHost.PostFormAsync(client, "/review/intakes/gone", "/review/intakes/gone?handler=Delete", new() { ["confirm"] = "true" });

        var audit = await client.GetStringAsync("/review/audit");
        var visible = Visible(audit);

        Assert.Contains($"<a href=\"/review/intakes/{id}\">ZJJU-EDFW</a>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>In behandeling</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>met intake verwijderd</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>als nodes.csv</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>intake verwijderd</td>", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(id, visible, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("gone", visible, StringComparison.Ordinal);
        Assert.DoesNotMatch(RawWord(), visible);
    }

    private async Task<HttpClient> SetUpAsync(string id)
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.SeedAsync(ReviewSamples.Record(id, code: "ZJJUEDFW", urgent: true) with
        {
            Answers = [new IntakeAnswer("qbq.confirm", Technique.QuestionBehindQuestion, "Ja, zo klopt het.", "true", AnsweredBy.Client, ReviewSamples.At)],
        });
        await host.Services.GetRequiredService<ReviewIntakes>().SetStatusAsync(id, ReviewStatus.InReview, CancellationToken.None);
        var client = await ReviewHost.SignedInAsync(host, "an@caw.be");
        var response = await ReviewHost.PostFormAsync(client, $"/review/intakes/{id}", $"/review/intakes/{id}?handler=Status", new() { ["status"] = "InReview" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    // What a reader sees: the text between the tags, not the attributes (links and form values may carry ids).
    private static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline), " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\b(True|False|true|false|InReview|Done|New|Submitted|Draft|SelfHarm|Suicide|StatusChanged|Viewed)\\b")]
    private static partial Regex RawWord();
}
