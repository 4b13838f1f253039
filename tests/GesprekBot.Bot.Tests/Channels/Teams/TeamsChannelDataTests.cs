using GesprekBot.Bot.Channels.Teams;
using GesprekBot.Bot.Tests.Protocol;

namespace GesprekBot.Bot.Tests.Channels.Teams;

public class TeamsChannelDataTests
{
    [Fact]
    public void A_channel_message_names_tenant_team_and_channel()
    {
        var data = TeamsChannelData.Read(TestActivities.Parse(TeamsBot.Payload("channel-mention.json")));

        Assert.Equal(TeamsBot.Tenant, data.TenantId);
        Assert.Equal(new TeamsTeam("19:teamteamteamteamteamteamteamteam@thread.tacv2", "Team Netwerk Gent", "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3921"), data.Team);
        Assert.Equal(new TeamsChannel("19:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99@thread.tacv2", "Intakes"), data.Channel);
        Assert.Null(data.EventType);
        Assert.Null(data.SelectedChannel);
    }

    [Fact]
    public void Event_type_and_settings_are_read()
    {
        var data = TeamsChannelData.Read(TestActivities.Parse("""
            {"type":"conversationUpdate","channelId":"msteams","from":{"id":"29:u"},"recipient":{"id":"28:b"},"conversation":{"id":"19:c@thread.tacv2"},
             "channelData":{"eventType":"teamMemberAdded","tenant":{"id":"t-1"},"team":{"id":"19:t@thread.tacv2"},
               "settings":{"selectedChannel":{"id":"19:general@thread.tacv2","name":"Algemeen"}}}}
            """));

        Assert.Equal("teamMemberAdded", data.EventType);
        Assert.Equal(new TeamsChannel("19:general@thread.tacv2", "Algemeen"), data.SelectedChannel);
        Assert.Equal(new TeamsTeam("19:t@thread.tacv2", null, null), data.Team);
    }

    [Fact]
    public void The_tenant_falls_back_to_the_conversations_tenant()
    {
        var data = TeamsChannelData.Read(TestActivities.Parse("""
            {"type":"message","channelId":"msteams","from":{"id":"29:u"},"recipient":{"id":"28:b"},"conversation":{"id":"a:1","tenantId":"t-2"}}
            """));

        Assert.Equal("t-2", data.TenantId);
    }

    [Theory]
    [InlineData("""["tenant"]""")]
    [InlineData("""{"tenant":"t-1","team":[1],"channel":{"id":5},"eventType":{"x":1},"settings":"s"}""")]
    [InlineData("null")]
    public void Odd_channel_data_reads_as_nothing_rather_than_failing(string channelData)
    {
        var data = TeamsChannelData.Read(TestActivities.Parse($$"""
            {"type":"message","channelId":"msteams","from":{"id":"29:u"},"recipient":{"id":"28:b"},"conversation":{"id":"a:1"},"channelData":{{channelData}}}
            """));

        Assert.Equal(new TeamsChannelData(null, null, data.Channel, null, null), data);
        Assert.True(data.Channel is null || data.Channel == new TeamsChannel(null, null));
    }

    [Fact]
    public void Another_channels_data_is_not_read_as_teams_data()
    {
        var data = TeamsChannelData.Read(TestActivities.Parse("""
            {"type":"message","channelId":"webchat","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"channelData":{"tenant":{"id":"t-1"}}}
            """));

        Assert.Same(TeamsChannelData.Empty, data);
    }
}
