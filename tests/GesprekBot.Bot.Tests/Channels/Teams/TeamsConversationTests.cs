using GesprekBot.Bot.Channels.Teams;
using GesprekBot.Bot.Tests.Protocol;

namespace GesprekBot.Bot.Tests.Channels.Teams;

public class TeamsConversationTests
{
    private static TeamsConversation? Of(string conversation, string channelData = "{}") => TeamsConversation.Of(TestActivities.Parse($$"""
        {"type":"message","channelId":"msteams","from":{"id":"29:u"},"recipient":{"id":"28:b"},"conversation":{{conversation}},"channelData":{{channelData}}}
        """));

    [Fact]
    public void A_personal_chat()
    {
        Assert.Equal(new TeamsConversation(TeamsConversationType.Personal, "a:1x", null), Of("""{"conversationType":"personal","id":"a:1x"}"""));
    }

    [Fact]
    public void A_group_chat()
    {
        Assert.Equal(TeamsConversationType.GroupChat, Of("""{"conversationType":"groupChat","isGroup":true,"id":"19:g@thread.v2"}""")!.Type);
    }

    [Fact]
    public void A_channel_thread_is_named_by_the_message_id_in_the_conversation_id()
    {
        var conversation = Of("""{"conversationType":"channel","isGroup":true,"id":"19:c@thread.tacv2;messageid=1764666600000"}""")!;

        Assert.Equal(TeamsConversationType.Channel, conversation.Type);
        Assert.Equal("1764666600000", conversation.ThreadId);
        Assert.Equal("19:c@thread.tacv2;messageid=1764666600000", conversation.ConversationId);
    }

    [Theory]
    [InlineData("""{"isGroup":true,"id":"19:c@thread.skype;messageid=1"}""", """{"channel":{"id":"19:c@thread.skype"}}""", TeamsConversationType.Channel)]
    [InlineData("""{"isGroup":true,"id":"19:g@thread.v2"}""", "{}", TeamsConversationType.GroupChat)]
    [InlineData("""{"id":"a:1x"}""", "{}", TeamsConversationType.Personal)]
    public void Without_a_conversation_type_the_rest_of_the_payload_tells(string conversation, string channelData, TeamsConversationType expected)
    {
        Assert.Equal(expected, Of(conversation, channelData)!.Type);
    }

    [Fact]
    public void Not_teams_is_no_teams_conversation()
    {
        Assert.Null(TeamsConversation.Of(TestActivities.Message("webchat")));
    }
}
