using System.Net;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Tests.Storage.Intakes;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Network;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewIntakePageTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_detail_page_shows_crisis_flags_map_radio_and_answers()
    {
        await host.SeedAsync(ReviewSamples.Record("a1", code: "ZJJUEDFW", urgent: true));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var html = await client.GetStringAsync("/review/intakes/a1");

        // The code as the client got it (client-walk M11), not the stored form without the dash.
        Assert.Contains("Intake ZJJU-EDFW", html, StringComparison.Ordinal);

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
    public async Task The_crisis_section_lists_each_kind_once_with_all_the_clients_words_when_and_at_which_question()
    {
        var later = ReviewSamples.At.AddMinutes(5);
        var record = ReviewSamples.Record("a1") with
        {
            Urgent =
            [
                new UrgentFlag(ReviewSamples.At, CrisisCategory.Suicide, ["wil dood"], "qbq.why") { Quote = "ik wil dood" },
                new UrgentFlag(later, CrisisCategory.Suicide, ["wil dood"], "miracle.different") { Quote = "ik wil dood", IsAnswer = true },
                new UrgentFlag(later.AddMinutes(1), CrisisCategory.Suicide, ["zelfmoord"], "network") { Quote = "ik denk aan zelfmoord" },
                new UrgentFlag(later.AddMinutes(2), CrisisCategory.Violence, ["slaat mij"], null) { Quote = "hij slaat mij" },
            ],
        };
        await host.SeedAsync(record);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        foreach (var url in new[] { "/review/intakes/a1", "/review/intakes/a1/print" })
        {
            var html = await client.GetStringAsync(url);
            var crisis = html[html.IndexOf("Crisissignalen", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];

            Assert.Equal(1, Count(crisis, "<strong>Zelfdoding</strong>"));
            Assert.Equal(1, Count(crisis, "<strong>Geweld</strong>"));
            Assert.Contains("3 keer, de eerste keer op 2 mrt 2026 11:00", crisis, StringComparison.Ordinal);
            Assert.Equal(1, Count(crisis, "<q>ik wil dood</q>"));
            Assert.Contains("<q>ik denk aan zelfmoord</q>", crisis, StringComparison.Ordinal);
            Assert.Contains("bij de vraag: Wat brengt je hier?", crisis, StringComparison.Ordinal);
            Assert.Contains("bij de vraag: Mensen rondom jou (netwerkkaart)", crisis, StringComparison.Ordinal);
            Assert.Contains("bij de vraag: voor de eerste vraag", crisis, StringComparison.Ordinal);
            Assert.DoesNotContain("qbq.why", html, StringComparison.Ordinal);
            Assert.DoesNotContain(">network<", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_older_record_shows_its_crisis_messages_with_the_crisis_not_under_a_raw_crisis_key()
    {
        var record = ReviewSamples.Record("a1") with
        {
            Answers =
            [
                .. ReviewSamples.Record("a1").Answers,
                new IntakeAnswer("crisis.1", Technique.MiracleQuestion, "ik snij mezelf", null, AnsweredBy.Client, ReviewSamples.At),
            ],
            Urgent = [new UrgentFlag(ReviewSamples.At, CrisisCategory.SelfHarm, ["snij mezelf"], "miracle.different")],
        };
        await host.SeedAsync(record);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var html = await client.GetStringAsync("/review/intakes/a1");

        Assert.DoesNotContain("crisis.1", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "ik snij mezelf"));
        Assert.Contains("<q>ik snij mezelf</q>", html, StringComparison.Ordinal);
        Assert.Contains("bij de vraag: Na het wonder: wat is er anders?", html, StringComparison.Ordinal);
        Assert.Contains("Ik zou rustig wakker worden.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_named_in_a_violence_message_gets_safety_first_on_the_review_page_not_a_move_closer()
    {
        var record = ReviewSamples.Record("a1") with
        {
            Urgent = [new UrgentFlag(ReviewSamples.At, CrisisCategory.Violence, ["slaat mij"], "network") { Quote = "mijn broer Tom slaat mij", IsAnswer = true }],
        };
        await host.SeedAsync(record);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        foreach (var url in new[] { "/review/intakes/a1", "/review/intakes/a1/print" })
        {
            var html = await client.GetStringAsync(url);

            Assert.Contains("Veiligheid eerst", html, StringComparison.Ordinal);
            Assert.Contains("noemt Tom in een bericht over geweld of misbruik", html, StringComparison.Ordinal);
            Assert.DoesNotContain("De relatie met Tom is moeilijk", html, StringComparison.Ordinal);
        }
    }

    private static int Count(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + fragment.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
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
        Assert.DoesNotContain(await repository.AllAsync(), e => e.Id == "a1");
        Assert.Contains(await repository.AllAsync(), e => e.Id == "a2");
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
