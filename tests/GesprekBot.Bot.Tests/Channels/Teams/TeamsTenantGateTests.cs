using GesprekBot.Bot.Channels.Teams;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using GesprekBot.Bot.Tests.Protocol;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace GesprekBot.Bot.Tests.Channels.Teams;

public class TeamsTenantGateTests
{
    private static (TeamsTenantGate Gate, FakeActivityProcessor Inner) Gate(params string[] allowed)
    {
        var options = new TeamsOptions();
        foreach (var tenant in allowed)
        {
            options.AllowedTenants.Add(tenant);
        }

        var inner = new FakeActivityProcessor(Reply.Say("turn ran"));
        return (new TeamsTenantGate(inner, new FixedTeamsOptions(options), NullLogger<TeamsTenantGate>.Instance), inner);
    }

    private static Activity Teams(string type = ActivityTypes.Message, string tenant = "t-other", string locale = "nl-BE")
    {
        var activity = TestActivities.Message("msteams");
        activity.Type = type;
        activity.Locale = locale;
        activity.Conversation!.TenantId = tenant;
        return activity;
    }

    [Theory]
    [InlineData("t-other", false)]
    [InlineData("T-OK", true)]
    [InlineData(" t-ok ", true)]
    [InlineData("", false)]
    public void Allowed_tenants_are_compared_without_case_and_spaces(string tenant, bool allowed)
    {
        var options = new TeamsOptions();
        options.AllowedTenants.Add("t-ok");

        Assert.Equal(allowed, options.Allows(tenant));
    }

    [Fact]
    public void No_allowed_tenants_allows_every_tenant_and_none()
    {
        Assert.True(new TeamsOptions().Allows("anything"));
        Assert.True(new TeamsOptions().Allows(null));
    }

    [Fact]
    public async Task In_English_the_refusal_is_English_and_no_turn_runs()
    {
        var (gate, inner) = Gate("t-ok");

        var replies = await gate.ProcessAsync(Teams(locale: "en-GB"), CancellationToken.None);

        Assert.StartsWith("Sorry, GesprekBot does not work in your organisation's Teams.", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Empty(inner.Received);
    }

    [Fact]
    public async Task Other_activities_of_a_refused_tenant_get_no_answer()
    {
        var (gate, inner) = Gate("t-ok");

        Assert.Empty(await gate.ProcessAsync(Teams(ActivityTypes.InstallationUpdate), CancellationToken.None));
        Assert.Empty(inner.Received);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task Other_channels_pass_whatever_their_tenant(string channelId)
    {
        var (gate, inner) = Gate("t-ok");
        var activity = Teams();
        activity.ChannelId = channelId;

        var replies = await gate.ProcessAsync(activity, CancellationToken.None);

        Assert.Equal("turn ran", Assert.Single(replies).Text);
        Assert.Single(inner.Received);
    }

    [Fact]
    public async Task An_allowed_tenant_passes()
    {
        var (gate, inner) = Gate("t-ok");

        var replies = await gate.ProcessAsync(Teams(tenant: "t-ok"), CancellationToken.None);

        Assert.Equal("turn ran", Assert.Single(replies).Text);
        Assert.Single(inner.Received);
    }
}
