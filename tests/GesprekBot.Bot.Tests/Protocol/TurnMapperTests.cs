using GesprekBot.Bot.Protocol;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Tests.Protocol;

public class TurnMapperTests
{
    [Fact]
    public void Message_carries_text_locale_user_and_channel_capabilities()
    {
        var turn = TurnMapper.ToTurn(TestActivities.Message("webchat", "  Ja graag  "));

        Assert.NotNull(turn);
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("Ja graag", turn.Text);
        Assert.Equal("nl-BE", turn.Locale);
        Assert.Equal("user-1", turn.UserId);
        Assert.Equal(ChannelCapabilities.Default, turn.Capabilities);
    }

    [Theory]
    [InlineData("msteams", 0, true)]
    [InlineData("directline", 10, true)]
    [InlineData("emulator", 10, true)]
    [InlineData("somethingnew", 10, true)]
    [InlineData("sms", 0, false)]
    public void Capabilities_follow_the_channel(string channelId, int maxSuggested, bool cards)
    {
        var turn = TurnMapper.ToTurn(TestActivities.Message(channelId));

        Assert.Equal(new ChannelCapabilities(maxSuggested, cards), turn!.Capabilities);
    }

    [Fact]
    public void Teams_message_loses_the_bots_own_mention_but_keeps_others()
    {
        var activity = TestActivities.Parse("""
            {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.example/",
             "text":"<at>GesprekBot</at> vraag het aan <at>Piet</at> ",
             "from":{"id":"29:user"},"recipient":{"id":"28:bot","name":"GesprekBot"},"conversation":{"id":"c"},
             "entities":[
               {"type":"mention","mentioned":{"id":"28:bot","name":"GesprekBot"},"text":"<AT>GesprekBot</AT>"},
               {"type":"mention","mentioned":{"id":"29:piet","name":"Piet"},"text":"<at>Piet</at>"}]}
            """);

        var turn = TurnMapper.ToTurn(activity);

        Assert.Equal("vraag het aan <at>Piet</at>", turn!.Text);
        Assert.Equal(new ChannelCapabilities(0, true), turn.Capabilities);
    }

    [Fact]
    public void Card_submit_carries_value_and_string_data_becomes_text()
    {
        var objectSubmit = TestActivities.Parse("""
            {"type":"message","channelId":"msteams","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},
             "value":{"score":7}}
            """);
        var stringSubmit = TestActivities.Parse("""
            {"type":"message","channelId":"msteams","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},
             "value":"Nee"}
            """);

        var objectTurn = TurnMapper.ToTurn(objectSubmit);
        var stringTurn = TurnMapper.ToTurn(stringSubmit);

        Assert.Null(objectTurn!.Text);
        Assert.Equal(7, objectTurn.Value!.Value.GetProperty("score").GetInt32());
        Assert.Equal("Nee", stringTurn!.Text);
    }

    [Fact]
    public void ConversationUpdate_with_a_user_added_starts_the_conversation_for_that_user()
    {
        var activity = TestActivities.Parse("""
            {"type":"conversationUpdate","channelId":"emulator","locale":"en-US","from":{"id":"u"},
             "recipient":{"id":"bot"},"conversation":{"id":"c"},
             "membersAdded":[{"id":"bot"},{"id":"user-7","name":"User"}]}
            """);

        var turn = TurnMapper.ToTurn(activity);

        Assert.Equal(TurnKind.ConversationStart, turn!.Kind);
        Assert.Equal("user-7", turn.UserId);
        Assert.Equal("en-US", turn.Locale);
    }

    [Fact]
    public void ConversationUpdate_that_only_adds_the_bot_is_ignored()
    {
        var activity = TestActivities.Parse("""
            {"type":"conversationUpdate","channelId":"msteams","from":{"id":"u"},"recipient":{"id":"28:bot"},
             "conversation":{"id":"c"},"membersAdded":[{"id":"28:bot"}]}
            """);

        Assert.Null(TurnMapper.ToTurn(activity));
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("remove", false)]
    [InlineData("add-upgrade", false)]
    public void Teams_installationUpdate_add_starts_the_conversation(string action, bool starts)
    {
        var activity = TestActivities.Parse($$$"""
            {"type":"installationUpdate","action":"{{{action}}}","channelId":"msteams","from":{"id":"29:u"},
             "recipient":{"id":"28:bot"},"conversation":{"id":"c"}}
            """);

        var turn = TurnMapper.ToTurn(activity);

        Assert.Equal(starts, turn is { Kind: TurnKind.ConversationStart, UserId: "29:u" });
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("invoke")]
    [InlineData("somethingFromTheFuture")]
    [InlineData("Message")]
    public void Other_types_are_ignored(string type)
    {
        var activity = TestActivities.Message("webchat");
        activity.Type = type;

        Assert.Null(TurnMapper.ToTurn(activity));
    }

    [Fact]
    public void Our_card_submit_is_the_answer_to_the_question_it_names()
    {
        var submit = TestActivities.Parse("""
            {"type":"message","channelId":"msteams","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},
             "replyToId":"1764666600001","value":{"answer":"af en toe","questionId":"inventory.frequency:12"}}
            """);

        var turn = TurnMapper.ToTurn(submit)!;

        Assert.Equal("af en toe", turn.Text);
        Assert.Equal("inventory.frequency:12", turn.AnswersQuestionId);
        Assert.Equal("af en toe", turn.Value!.Value.GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("""{"answer":"Ja"}""", "Ja")]
    [InlineData("""{"answer":"Ja","questionId":""}""", "Ja")]
    [InlineData("""{"answer":7,"questionId":"x:1"}""", null)]
    [InlineData("""{"score":7}""", null)]
    public void A_submit_without_a_question_names_none(string value, string? text)
    {
        var submit = TestActivities.Parse($$"""
            {"type":"message","channelId":"msteams","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"value":{{value}}}
            """);

        var turn = TurnMapper.ToTurn(submit)!;

        Assert.Equal(text, turn.Text);
        Assert.Null(turn.AnswersQuestionId);
    }

    [Fact]
    public void Typed_text_names_no_question()
    {
        Assert.Null(TurnMapper.ToTurn(TestActivities.Message("msteams", "Ja"))!.AnswersQuestionId);
    }
}
