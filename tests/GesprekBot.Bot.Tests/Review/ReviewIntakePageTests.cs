using System.Net;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewIntakePageTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_detail_page_shows_crisis_flags_map_radio_and_answers()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", urgent: true));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var html = await client.GetStringAsync("/review/intakes/a1");

        Assert.Contains("Crisissignalen", html, StringComparison.Ordinal);
        Assert.Contains("Zelfbeschadiging", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("De kaart in woorden", html, StringComparison.Ordinal);
        Assert.Contains("Deblokkeren", html, StringComparison.Ordinal);
        Assert.Contains("De relatie met Tom is moeilijk", html, StringComparison.Ordinal);
        Assert.Contains("Ik zou rustig wakker worden.", html, StringComparison.Ordinal);
        Assert.Contains("Wondervraag", html, StringComparison.Ordinal);
        Assert.Contains("Na het wonder: wat is er anders?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_print_page_has_the_summary_without_forms_and_is_audited()
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var html = await client.GetStringAsync("/review/intakes/a1/print");

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Ik zou rustig wakker worden.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", html, StringComparison.Ordinal);
        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Contains(log, e => e.Action == AuditAction.Printed && e.IntakeId == "a1");
    }

    [Fact]
    public async Task Hostile_labels_names_and_answers_are_escaped()
    {
        const string Script = "<script>alert(1)</script>";
        const string Image = "<img src=x onerror=alert(2)>";
        await host.SeedAsync(ReviewSamples.Record("a1", name: Image, answer: Script + "\" onmouseover=\"x", map: ReviewSamples.Map(hostile: Script)));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        foreach (var url in new[] { "/review", "/review/intakes/a1", "/review/intakes/a1/print" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;", await client.GetStringAsync("/review/intakes/a1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_and_notes_are_saved_and_shown()
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        await ReviewHost.PostFormAsync(client, "/review/intakes/a1", "/review/intakes/a1?handler=Status", new() { ["status"] = "InReview" });
        var note = await ReviewHost.PostFormAsync(client, "/review/intakes/a1", "/review/intakes/a1?handler=Note", new() { ["text"] = "Bellen <b>dinsdag</b>" });

        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        var html = await client.GetStringAsync("/review/intakes/a1");
        Assert.Contains("Bellen &lt;b&gt;dinsdag&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("In behandeling", await client.GetStringAsync("/review"), StringComparison.Ordinal);
        var nonsense = await ReviewHost.PostFormAsync(client, "/review/intakes/a1", "/review/intakes/a1?handler=Status", new() { ["status"] = "Gehackt" });
        Assert.Equal(HttpStatusCode.BadRequest, nonsense.StatusCode);
        Assert.Contains("In behandeling", await client.GetStringAsync("/review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_record_and_its_line_in_the_list_and_is_audited()
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.SeedAsync(ReviewSamples.Record("a2"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var response = await ReviewHost.PostFormAsync(client, "/review/intakes/a1", "/review/intakes/a1?handler=Delete", new() { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var repository = host.Services.GetRequiredService<IIntakeRepository>();
        Assert.Null(await repository.FindAsync("a1"));
        Assert.DoesNotContain(await repository.ListAsync(), e => e.Id == "a1");
        Assert.Contains(await repository.ListAsync(), e => e.Id == "a2");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/review/intakes/a1")).StatusCode);
        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Contains(log, e => e.Action == AuditAction.Deleted && e.IntakeId == "a1");
    }

    [Fact]
    public async Task Delete_without_the_confirmation_keeps_the_intake()
    {
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        await ReviewHost.PostFormAsync(client, "/review/intakes/a1", "/review/intakes/a1?handler=Delete", []);

        Assert.NotNull(await host.Services.GetRequiredService<IIntakeRepository>().FindAsync("a1"));
    }

    [Fact]
    public async Task The_list_puts_urgent_intakes_first_and_searches_by_code()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "AAAA-1111"));
        await host.SeedAsync(ReviewSamples.Record("a2", code: "BBBB-2222", urgent: true) with { UpdatedAt = ReviewSamples.At.AddDays(-5), SubmittedAt = ReviewSamples.At.AddDays(-5) });
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var list = await client.GetStringAsync("/review");
        var search = await client.GetStringAsync("/review?code=aaaa-1111");

        Assert.True(list.IndexOf("BBBB-2222", StringComparison.Ordinal) < list.IndexOf("AAAA-1111", StringComparison.Ordinal));
        Assert.Contains("AAAA-1111", search, StringComparison.Ordinal);
        Assert.DoesNotContain("BBBB-2222", search, StringComparison.Ordinal);
    }
}
