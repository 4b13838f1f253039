using GesprekBot.Bot.Channels.Teams;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Channels.BotFramework;
using GesprekBot.Bot.Tests.Protocol;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace GesprekBot.Bot.Tests.Channels.Teams;

public class TeamsSharedChatGateTests
{
    private static (TeamsSharedChatGate Gate, FakeActivityProcessor Inner) Gate(bool allowShared = false)
    {
        var inner = new FakeActivityProcessor(Reply.Say("turn ran"));
        return (new TeamsSharedChatGate(inner, new FixedTeamsOptions(new TeamsOptions { AllowSharedChats = allowShared }), NullLogger<TeamsSharedChatGate>.Instance), inner);
    }

    private static Activity Teams(string conversationType, string type = ActivityTypes.Message, string locale = "nl-BE")
    {
        var activity = TestActivities.Message("msteams");
        activity.Type = type;
        activity.Locale = locale;
        activity.Conversation!.ConversationType = conversationType;
        return activity;
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task A_message_in_a_shared_chat_runs_no_turn_and_gets_the_way_to_a_personal_chat(string conversationType)
    {
        var (gate, inner) = Gate();

        var replies = await gate.ProcessAsync(Teams(conversationType), CancellationToken.None);

        Assert.Contains("persoonlijk bericht", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Empty(inner.Received);
    }

    [Fact]
    public async Task In_english_the_answer_is_english_with_the_help_lines()
    {
        var (gate, _) = Gate();

        var text = Assert.Single(await gate.ProcessAsync(Teams("channel", locale: "en-US"), CancellationToken.None)).Text;

        Assert.StartsWith("Everyone in this chat can read along here.", text, StringComparison.Ordinal);
        Assert.Contains("Call 112", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_joining_the_team_does_not_start_an_intake_in_the_channel()
    {
        var (gate, inner) = Gate();
        var joined = Teams("channel", ActivityTypes.ConversationUpdate);
        joined.MembersAdded = [new ChannelAccount { Id = "29:new-member" }];

        Assert.Empty(await gate.ProcessAsync(joined, CancellationToken.None));
        Assert.Empty(inner.Received);
    }

    [Fact]
    public async Task The_bot_being_removed_from_a_team_passes_so_the_channel_is_marked_gone()
    {
        var (gate, inner) = Gate();
        var removed = Teams("channel", ActivityTypes.ConversationUpdate);
        removed.MembersRemoved = [new ChannelAccount { Id = removed.Recipient!.Id }];

        await gate.ProcessAsync(removed, CancellationToken.None);

        Assert.Single(inner.Received);
    }

    [Fact]
    public async Task The_bot_being_added_to_a_team_passes_for_the_team_welcome()
    {
        var (gate, inner) = Gate();
        var added = Teams("channel", ActivityTypes.ConversationUpdate);
        added.MembersAdded = [new ChannelAccount { Id = added.Recipient!.Id }];

        await gate.ProcessAsync(added, CancellationToken.None);

        Assert.Single(inner.Received);
    }

    [Theory]
    [InlineData("personal", false)]
    [InlineData("channel", true)]
    public async Task Personal_chats_and_shared_chats_when_allowed_pass(string conversationType, bool allowShared)
    {
        var (gate, inner) = Gate(allowShared);

        Assert.Equal("turn ran", Assert.Single(await gate.ProcessAsync(Teams(conversationType), CancellationToken.None)).Text);
        Assert.Single(inner.Received);
    }
}
