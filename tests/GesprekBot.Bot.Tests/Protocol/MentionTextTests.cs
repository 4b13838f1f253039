using GesprekBot.Bot.Protocol;

namespace GesprekBot.Bot.Tests.Protocol;

/// <summary>
/// The bot's own @mention leaves the text, found by the mention entities (never by the name in the
/// text). Each row: the message text as Teams sent it, the bot mention entity's text, and what the
/// dialogs read.
/// </summary>
public class MentionTextTests
{
    private const string BotId = "28:11111111-2222-3333-4444-555555555555";

    private static Activity Teams(string text, params (string Id, string Text)[] mentions) =>
        TestActivities.Parse($$"""
            {"type":"message","id":"1","channelId":"msteams","text":{{Json(text)}},
             "from":{"id":"29:user"},"recipient":{"id":"{{BotId}}","name":"GesprekBot"},"conversation":{"id":"c"},
             "entities":[{{string.Join(",", mentions.Select(m => $$"""{"type":"mention","mentioned":{"id":{{Json(m.Id)}},"name":"x"},"text":{{Json(m.Text)}}}"""))}}]}
            """);

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Theory]
    [InlineData("<at>GesprekBot</at> hallo", "<at>GesprekBot</at>", "hallo")]
    [InlineData("<at>GesprekBot</at>&nbsp;hallo", "<at>GesprekBot</at>", "hallo")]
    [InlineData("hallo <at>GesprekBot</at>", "<at>GesprekBot</at>", "hallo")]
    [InlineData("<at>gesprekbot</at> hallo", "<at>GesprekBot</at>", "hallo")]
    [InlineData("<AT>GesprekBot</AT> hallo", "<at>GesprekBot</at>", "hallo")]
    [InlineData("<at>R&amp;D Bot</at> hallo", "<at>R&D Bot</at>", "hallo")]
    [InlineData("<at>R&D Bot</at> hallo", "<at>R&amp;D Bot</at>", "hallo")]
    [InlineData("<at>R&amp;amp;D Bot</at> hallo", "<at>R&amp;D Bot</at>", "hallo")]
    [InlineData("<at>Café&nbsp;Bot</at> hallo", "<at>Café Bot</at>", "hallo")]
    [InlineData("<at>CAFÉ BOT</at> hallo", "<at>Café Bot</at>", "hallo")]
    [InlineData("<at id=\"0\">GesprekBot</at> hallo", "<at>GesprekBot</at>", "hallo")]
    [InlineData("ja<at>GesprekBot</at>graag", "<at>GesprekBot</at>", "ja graag")]
    public void The_bots_mention_is_removed(string text, string mention, string expected)
    {
        Assert.Equal(expected, TurnMapper.ToTurn(Teams(text, (BotId, mention)))!.Text);
    }

    [Theory]
    [InlineData("<at>GesprekBot</at> vraag het <at>Piet</at>", "vraag het <at>Piet</at>")]
    [InlineData("<at>Piet</at>, zeg eens <at>GesprekBot</at>", "<at>Piet</at>, zeg eens")]
    public void Other_peoples_mentions_stay(string text, string expected)
    {
        var activity = Teams(text, (BotId, "<at>GesprekBot</at>"), ("29:piet", "<at>Piet</at>"));

        Assert.Equal(expected, TurnMapper.ToTurn(activity)!.Text);
    }

    [Fact]
    public void A_name_in_the_text_without_a_mention_entity_of_the_bot_stays()
    {
        // Someone else who happens to be called GesprekBot: the entity names them, not the bot.
        var activity = Teams("<at>GesprekBot</at> hallo", ("29:someone-else", "<at>GesprekBot</at>"));

        Assert.Equal("<at>GesprekBot</at> hallo", TurnMapper.ToTurn(activity)!.Text);
    }

    [Fact]
    public void The_bots_id_is_compared_without_case()
    {
        var activity = Teams("<at>GesprekBot</at> hallo", (BotId.ToUpperInvariant(), "<at>GesprekBot</at>"));

        Assert.Equal("hallo", TurnMapper.ToTurn(activity)!.Text);
    }

    [Fact]
    public void Text_without_mentions_is_left_as_it_is()
    {
        var activity = Teams("  R&amp;D &nbsp; ");

        Assert.Equal("  R&amp;D &nbsp; ", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void A_message_of_only_the_mention_has_no_text()
    {
        Assert.Null(TurnMapper.ToTurn(Teams("<at>GesprekBot</at>&nbsp;", (BotId, "<at>GesprekBot</at>")))!.Text);
    }
}
