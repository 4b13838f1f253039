using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Tests.Protocol;

public class ReplyMapperTests
{
    private static readonly ReplyChoice[] FourChoices = [new("Nooit"), new("Soms"), new("Vaak"), new("Altijd", "altijd!")];

    [Fact]
    public void Reply_is_addressed_back_to_the_sender()
    {
        var inbound = TestActivities.Message("msteams");
        inbound.Conversation!.TenantId = "tenant-1";

        var reply = Assert.Single(ReplyMapper.ToActivities(inbound, [Reply.Say("Dag Ann")]));

        Assert.Equal("message", reply.Type);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.Equal("tenant-1", reply.Conversation.TenantId);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal("nl-BE", reply.Locale);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("https://channel.example/", reply.ServiceUrl);
        Assert.Equal("plain", reply.TextFormat);
        Assert.Equal("acceptingInput", reply.InputHint);
        Assert.Equal("Dag Ann", reply.Text);
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData("directline", false)]
    [InlineData("webchat", false)]
    [InlineData("msteams", true)]
    public void Greeting_after_conversationUpdate_has_no_replyToId_on_direct_line(string channelId, bool threaded)
    {
        var inbound = TestActivities.Message(channelId);
        inbound.Type = ActivityTypes.ConversationUpdate;

        var reply = Assert.Single(ReplyMapper.ToActivities(inbound, [Reply.Say("Welkom")]));

        Assert.Equal(threaded ? "act-1" : null, reply.ReplyToId);
    }

    [Fact]
    public void Choices_within_the_channel_limit_become_suggested_imBack_actions()
    {
        var inbound = TestActivities.Message("webchat");

        var reply = Assert.Single(ReplyMapper.ToActivities(inbound, [Reply.Ask("Goed?", new("Ja"), new("Nee", "nee hoor"))]));

        Assert.Equal("expectingInput", reply.InputHint);
        Assert.Null(reply.Attachments);
        Assert.Empty(reply.SuggestedActions!.To!);
        Assert.Collection(
            reply.SuggestedActions.Actions!,
            a => Assert.Equal(("imBack", "Ja", "Ja"), (a.Type, a.Title, a.Value!.Value.GetString())),
            a => Assert.Equal(("imBack", "Nee", "nee hoor"), (a.Type, a.Title, a.Value!.Value.GetString())));
    }

    [Fact]
    public void More_choices_than_web_chat_shows_become_hero_card_buttons()
    {
        ReplyChoice[] many = [.. Enumerable.Range(1, 11).Select(i => new ReplyChoice($"Keuze {i}")), new("Altijd", "altijd!")];

        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("webchat"), [Reply.Ask("Hoe vaak?", many)]));

        Assert.Null(reply.SuggestedActions);
        Assert.Equal("Hoe vaak?", reply.Text);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.hero", card.ContentType);
        var buttons = card.Content!.Value.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(12, buttons.Count);
        Assert.Equal("imBack", buttons[11].GetProperty("type").GetString());
        Assert.Equal("Altijd", buttons[11].GetProperty("title").GetString());
        Assert.Equal("altijd!", buttons[11].GetProperty("value").GetString());
    }

    [Fact]
    public void Four_choices_stay_suggested_actions_on_web_chat()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("webchat"), [Reply.Ask("Hoe vaak?", FourChoices)]));

        Assert.Equal(4, reply.SuggestedActions!.Actions!.Count);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void Text_only_channel_gets_choices_as_a_numbered_list()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("sms"), [Reply.Ask("Hoe vaak?", FourChoices)]));

        Assert.Equal("Hoe vaak?\n1. Nooit\n2. Soms\n3. Vaak\n4. Altijd", reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void Card_on_web_chat_becomes_an_adaptive_card_1_5_with_text_runs_and_submit_buttons_with_string_data()
    {
        var hostile = "\"}],\"actions\":[{\"type\":\"Action.OpenUrl\"";
        var card = new ReplyCard("Jouw netwerk", hostile, [new("Familie", "3"), new("Vrienden", hostile)], [new("Klopt"), new("Aanpassen", "pas aan")]);

        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("webchat"), [new Reply("Overzicht", [], card)]));

        Assert.Equal("Overzicht", reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var content = attachment.Content!.Value;
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        var body = content.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(["Jouw netwerk"], Runs(body[0]));
        Assert.Equal([hostile], Runs(body[1]));
        Assert.Equal(["Vrienden: ", hostile], Runs(body[3]));
        var actions = content.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal("pas aan", actions[1].GetProperty("data").GetString());
    }

    internal static string[] Runs(JsonElement block)
    {
        Assert.Equal("RichTextBlock", block.GetProperty("type").GetString());
        return [.. block.GetProperty("inlines").EnumerateArray().Select(r =>
        {
            Assert.Equal("TextRun", r.GetProperty("type").GetString());
            return r.GetProperty("text").GetString() ?? string.Empty;
        })];
    }

    [Fact]
    public void Card_on_a_text_only_channel_becomes_lines_of_text()
    {
        var card = new ReplyCard("Netwerk", null, [new("Familie", "3")], [new("Klopt")]);

        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("sms"), [new Reply("Overzicht", [], card)]));

        Assert.Equal("Overzicht\nNetwerk\nFamilie: 3\n1. Klopt", reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void Serialised_reply_has_no_empty_strings_or_nulls()
    {
        var inbound = TestActivities.Message("webchat");
        inbound.Locale = "";
        inbound.From!.Name = "";

        var reply = Assert.Single(ReplyMapper.ToActivities(inbound, [new Reply("", [])]));
        var json = JsonSerializer.Serialize(reply, ProtocolJson.Options);

        Assert.DoesNotContain("\"\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_reply_becomes_one_activity_in_order()
    {
        var replies = ReplyMapper.ToActivities(TestActivities.Message("webchat"), [Reply.Say("een"), Reply.Say("twee")]);

        Assert.Equal(["een", "twee"], replies.Select(r => r.Text));
    }
}
