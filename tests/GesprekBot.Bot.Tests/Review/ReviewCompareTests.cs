using System.Net;
using GesprekBot.Bot.Review.Accounts;
using GesprekBot.Bot.Review.Audit;
using GesprekBot.Bot.Review.Invites;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Review;

public sealed class ReviewCompareTests : IDisposable
{
    private readonly ReviewHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Two_maps_are_shown_side_by_side_with_what_changed()
    {
        var later = ReviewSamples.Map() with
        {
            Members = [.. ReviewSamples.Map().Members, new NetworkMember { Id = "m9", Label = "Sofie", Name = "Sofie", Role = "vriendin", Domain = LifeDomain.Friends, Ring = 2 }],
            Satisfaction = 8,
        };
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.SeedAsync(ReviewSamples.Record("a2", map: later) with { SubmittedAt = ReviewSamples.At.AddMonths(3), UpdatedAt = ReviewSamples.At.AddMonths(3) });
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        var html = await client.GetStringAsync("/review/intakes/a2/compare?with=a1");

        Assert.Contains("id=\"map-earlier-title\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"map-later-title\"", html, StringComparison.Ordinal);
        Assert.Contains("Sofie", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("CODE-a1", StringComparison.Ordinal) < html.IndexOf("map-later-title", StringComparison.Ordinal));
        var log = await host.Services.GetRequiredService<AuditLog>().ReadAsync("CAW Oost", CancellationToken.None);
        Assert.Contains(log, e => e.Action == AuditAction.Compared && e.IntakeId == "a2" && e.Detail == "a1");
    }

    [Fact]
    public async Task An_intake_of_another_organisation_cannot_be_compared_with()
    {
        var westInvite = await host.Services.GetRequiredService<InviteStore>().CreateAsync(new ReviewUser("w", "West", "CAW West", false), CancellationToken.None);
        await host.SeedAsync(ReviewSamples.Record("a1"));
        await host.SeedAsync(ReviewSamples.Record("w1", invite: westInvite.Code));
        await host.AddCaseworkerAsync("an@caw.be", "CAW Oost");
        using var client = await ReviewHost.SignedInAsync(host, "an@caw.be");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review/intakes/a1/compare")).StatusCode);
        Assert.DoesNotContain("CODE-w1", await client.GetStringAsync("/review/intakes/a1/compare"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/review/intakes/a1/compare?with=w1")).StatusCode);
    }
}
