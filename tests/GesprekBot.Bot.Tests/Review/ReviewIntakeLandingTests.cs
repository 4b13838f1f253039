using System.Net;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Invites;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

/// <summary>
/// review-app §3: intakes started without a valid invite went to a "default" organisation nobody is
/// in. Now they land with a real organisation, or wait in the admins' "not yet assigned" queue.
/// </summary>
public sealed class ReviewIntakeLandingTests
{
    private static readonly Dictionary<string, string> NoDefault = new() { ["Review:DefaultOrganisation"] = "" };

    [Theory]
    [InlineData(null)]
    [InlineData("BESTAATNIET")]
    public async Task With_one_organisation_an_intake_without_a_valid_invite_lands_there(string? invite)
    {
        using var host = new ReviewHost(NoDefault);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("els@caw.be", "CAW Oost");
        await host.SeedAsync(ReviewSamples.Record("a1", code: "ZJJUEDFW", invite: invite));
        using var els = await ReviewHost.SignedInAsync(host, "els@caw.be");

        Assert.Contains("ZJJU-EDFW", await els.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await els.GetAsync("/review/intakes/a1")).StatusCode);
    }

    [Fact]
    public async Task With_several_organisations_it_waits_for_an_admin_who_can_take_it()
    {
        using var host = new ReviewHost(NoDefault);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("els@caw.be", "CAW Oost");
        await host.AddCaseworkerAsync("jan@ander.be", "Ander CAW", admin: true);
        await host.SeedAsync(ReviewSamples.Record("a1", code: "QKXZA7C5"));
        using var an = await ReviewHost.SignedInAsync(host, "an@caw.be");
        using var els = await ReviewHost.SignedInAsync(host, "els@caw.be");
        using var jan = await ReviewHost.SignedInAsync(host, "jan@ander.be");

        var anList = await an.GetStringAsync("/review");
        Assert.Contains("Nog niet toegewezen", anList, StringComparison.Ordinal);
        Assert.Contains("QKXZ-A7C5", anList, StringComparison.Ordinal);
        Assert.Contains("Nog niet toegewezen", await jan.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await an.GetAsync("/review/intakes/a1")).StatusCode);
        Assert.DoesNotContain("QKXZ-A7C5", await els.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await els.GetAsync("/review/intakes/a1")).StatusCode);

        var assign = await ReviewHost.PostFormAsync(an, "/review", "/review?handler=Assign", new() { ["id"] = "a1" });

        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        var after = await an.GetStringAsync("/review?assigned=true");
        Assert.DoesNotContain("Nog niet toegewezen", after, StringComparison.Ordinal);
        Assert.Contains("QKXZ-A7C5", after, StringComparison.Ordinal);
        Assert.Contains("QKXZ-A7C5", await els.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.DoesNotContain("QKXZ-A7C5", await jan.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await jan.GetAsync("/review/intakes/a1")).StatusCode);
        var audit = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Contains(audit, e => e.Action == AuditAction.Assigned && e.IntakeId == "a1");
    }

    [Fact]
    public async Task A_caseworker_who_is_no_admin_cannot_take_an_unassigned_intake()
    {
        using var host = new ReviewHost(NoDefault);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("els@caw.be", "CAW Oost");
        await host.AddCaseworkerAsync("jan@ander.be", "Ander CAW");
        await host.SeedAsync(ReviewSamples.Record("a1", code: "QKXZA7C5"));
        using var els = await ReviewHost.SignedInAsync(host, "els@caw.be");

        var assign = await ReviewHost.PostFormAsync(els, "/review", "/review?handler=Assign", new() { ["id"] = "a1" });

        Assert.Equal(HttpStatusCode.NotFound, assign.StatusCode);
        Assert.DoesNotContain("QKXZ-A7C5", await els.GetStringAsync("/review"), StringComparison.Ordinal);
        using var an = await ReviewHost.SignedInAsync(host, "an@caw.be");
        Assert.Contains("Nog niet toegewezen", await an.GetStringAsync("/review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_intake_with_a_known_invite_stays_with_the_invites_organisation()
    {
        using var host = new ReviewHost(NoDefault);
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("jan@ander.be", "Ander CAW", admin: true);
        var invite = await host.Services.GetRequiredService<InviteStore>().CreateAsync(new ReviewUser("j", "Jan", "Ander CAW", true), CancellationToken.None);
        await host.SeedAsync(ReviewSamples.Record("a1", code: "QKXZA7C5", invite: invite.Code.ToLowerInvariant()));
        using var an = await ReviewHost.SignedInAsync(host, "an@caw.be");
        using var jan = await ReviewHost.SignedInAsync(host, "jan@ander.be");

        Assert.DoesNotContain("QKXZ-A7C5", await an.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Contains("QKXZ-A7C5", await jan.GetStringAsync("/review"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewHost.PostFormAsync(an, "/review", "/review?handler=Assign", new() { ["id"] = "a1" })).StatusCode);
    }

    [Fact]
    public async Task A_configured_default_organisation_receives_them_among_several()
    {
        using var host = new ReviewHost(new Dictionary<string, string> { ["Review:DefaultOrganisation"] = "Ander CAW" });
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost", admin: true);
        await host.AddCaseworkerAsync("jan@ander.be", "ander caw");
        await host.SeedAsync(ReviewSamples.Record("a1", code: "QKXZA7C5"));
        using var an = await ReviewHost.SignedInAsync(host, "an@caw.be");
        using var jan = await ReviewHost.SignedInAsync(host, "jan@ander.be");

        Assert.Contains("QKXZ-A7C5", await jan.GetStringAsync("/review"), StringComparison.Ordinal);
        var anList = await an.GetStringAsync("/review");
        Assert.DoesNotContain("QKXZ-A7C5", anList, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog niet toegewezen", anList, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_organisation_nobody_is_in_is_warned_about_at_start()
    {
        using var host = new ReviewHost(new Dictionary<string, string>
        {
            ["Review:DefaultOrganisation"] = "Niemands CAW",
            ["Review:FirstCaseworker:Email"] = "eerste@caw.be",
            ["Review:FirstCaseworker:Organisation"] = "CAW Oost",
            ["Review:FirstCaseworker:Password"] = ReviewHost.Password,
        });
        using var client = host.NewClient();

        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning:", StringComparison.Ordinal) && l.Contains("'Niemands CAW'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_default_organisation_with_a_caseworker_gives_no_warning()
    {
        using var host = new ReviewHost(new Dictionary<string, string>
        {
            ["Review:DefaultOrganisation"] = "CAW Oost",
            ["Review:FirstCaseworker:Email"] = "eerste@caw.be",
            ["Review:FirstCaseworker:Organisation"] = "CAW Oost",
            ["Review:FirstCaseworker:Password"] = ReviewHost.Password,
        });
        using var client = host.NewClient();

        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("DefaultOrganisation", StringComparison.Ordinal));
    }
}
