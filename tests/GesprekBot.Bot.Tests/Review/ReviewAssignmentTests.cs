using System.Net;
using System.Text.RegularExpressions;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>Issue 15, act: an intake assigned to a caseworker of its organisation, changed, cleared, "mine", audited.</summary>
public sealed partial class ReviewAssignmentTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task An_intake_is_assigned_changed_and_cleared_and_the_name_is_shown_on_the_list_and_the_page()
    {
        using var an = await SetUpAsync();
        var els = await IdOfAsync("els@caw.be");
        var bert = await IdOfAsync("bert@caw.be");

        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync(an, "a1", els)).StatusCode);
        Assert.Contains("<strong id=\"assignee\">els</strong>", await an.GetStringAsync("/review/intakes/a1"), StringComparison.Ordinal);
        Assert.Equal(["els", "Niemand"], Assignees(await an.GetStringAsync("/review")));

        await AssignAsync(an, "a1", bert);
        var page = await an.GetStringAsync("/review/intakes/a1?assign=saved");
        Assert.Contains("<strong id=\"assignee\">bert</strong>", page, StringComparison.Ordinal);
        Assert.Contains("De toewijzing is opgeslagen.", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{bert}\" selected=\"selected\">bert</option>", page, StringComparison.Ordinal);

        await AssignAsync(an, "a1", string.Empty);
        Assert.Contains("<strong id=\"assignee\">Niemand</strong>", await an.GetStringAsync("/review/intakes/a1"), StringComparison.Ordinal);

        var log = (await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None))
            .Where(e => e.Action == AuditAction.AssigneeChanged).Reverse().Select(e => (e.IntakeId, e.Detail));
        Assert.Equal([("a1", els), ("a1", bert), ("a1", (string?)null)], log);
        var audit = await an.GetStringAsync("/review/audit");
        Assert.Contains("<td>aan bert</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>aan niemand (toewijzing gewist)</td>", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_shows_only_the_intakes_assigned_to_the_signed_in_caseworker_and_survives_paging()
    {
        using var an = await SetUpAsync();
        var els = await IdOfAsync("els@caw.be");
        await AssignAsync(an, "a2", els);
        using var elsClient = await ReviewHost.SignedInAsync(host, "els@caw.be");

        Assert.Equal(["a2"], Listed(await elsClient.GetStringAsync("/review?mine=true")));
        Assert.Empty(Listed(await an.GetStringAsync("/review?mine=true")));
        Assert.Equal(["a1", "a2"], Listed(await elsClient.GetStringAsync("/review")));
        Assert.Contains("<input id=\"mine\" name=\"mine\" type=\"checkbox\" value=\"true\" checked=\"checked\" />", await elsClient.GetStringAsync("/review?mine=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_to_someone_of_another_organisation_is_refused_and_audited()
    {
        using var an = await SetUpAsync();
        await host.AddCaseworkerAsync("jan@west.be", "CAW West");
        var jan = await IdOfAsync("jan@west.be");

        var response = await AssignAsync(an, "a1", jan);
        var unknown = await AssignAsync(an, "a1", "<script>iemand</script>");

        Assert.Equal("/review/intakes/a1?assign=refused", response.Headers.Location?.OriginalString);
        Assert.Equal("/review/intakes/a1?assign=refused", unknown.Headers.Location?.OriginalString);
        var page = await an.GetStringAsync("/review/intakes/a1?assign=refused");
        Assert.Contains("Toewijzen kon niet: die hulpverlener hoort niet bij je organisatie.", page, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"assignee\">Niemand</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">jan<", page, StringComparison.Ordinal);
        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Equal(2, log.Count(e => e.Action == AuditAction.AssignmentRefused && e.IntakeId == "a1" && e.Detail is null));
        Assert.DoesNotContain(log, e => e.Action == AuditAction.AssigneeChanged);
    }

    [Fact]
    public async Task An_intake_of_another_organisation_cannot_be_assigned_and_a_post_needs_its_antiforgery_token()
    {
        using var an = await SetUpAsync();
        await host.AddCaseworkerAsync("jan@west.be", "CAW West");
        using var jan = await ReviewHost.SignedInAsync(host, "jan@west.be");
        var janId = await IdOfAsync("jan@west.be");

        var foreign = await ReviewHost.PostFormAsync(jan, "/review", "/review/intakes/a1?handler=Assign", new() { ["caseworker"] = janId });
        var tokenless = await an.PostAsync("/review/intakes/a1?handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string> { ["caseworker"] = await IdOfAsync("els@caw.be") }));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.Equal(["Niemand", "Niemand"], Assignees(await an.GetStringAsync("/review")));
    }

    private async Task<HttpClient> SetUpAsync()
    {
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("els@caw.be", "caw oost");
        await host.AddCaseworkerAsync("bert@caw.be", "CAW Oost");
        await host.SeedAsync(ReviewSamples.Record("a1") with { SubmittedAt = ReviewSamples.At.AddMinutes(2) });
        await host.SeedAsync(ReviewSamples.Record("a2"));
        return await ReviewHost.SignedInAsync(host, "an@caw.be");
    }

    private async Task<string> IdOfAsync(string email) =>
        (await host.Services.GetRequiredService<CaseworkerStore>().FindByEmailAsync(email, CancellationToken.None))!.Id;

    private static Task<HttpResponseMessage> AssignAsync(HttpClient client, string id, string caseworker) =>
        ReviewHost.PostFormAsync(client, $"/review/intakes/{id}", $"/review/intakes/{id}?handler=Assign", new() { ["caseworker"] = caseworker });

    private static List<string> Listed(string html) => [.. IntakeLink().Matches(html).Select(m => m.Groups[1].Value)];

    private static List<string> Assignees(string html) => [.. AssigneeCell().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<td><a href=\"/review/intakes/([^\"]+)\">")]
    private static partial Regex IntakeLink();

    [GeneratedRegex("<td>[^<]*</td>\\s*<td>([^<]*)</td>\\s*</tr>")]
    private static partial Regex AssigneeCell();
}
