using System.Text.Json;
using GesprekBot.Bot.Protocol;
using GesprekBot.Bot.Tests.Protocol.Cards;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Tests.Protocol;

/// <summary>How replies look in Teams (cards) next to Web Chat (unchanged: suggested actions).</summary>
public class ReplyMapperTeamsTests
{
    private const string Hostile = "[klik](https://evil.example) **vet** <b>html</b> \"}],\"actions\":[{\"type\":\"Action.OpenUrl\"";

    private static readonly Reply Question = Reply.Ask("Hoe vaak zie je Tom?", new("Elke dag"), new("Elke week"), new("Soms", "af en toe")) with
    {
        QuestionId = "inventory.frequency:1764666600",
    };

    private static JsonElement CardOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        AdaptiveCard15.AssertValid(attachment.Content!.Value);
        return attachment.Content!.Value;
    }

    [Fact]
    public void Choices_in_Teams_are_a_card_with_the_question_and_a_submit_button_per_choice_naming_the_question()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("msteams"), [Question]));

        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Text);
        Assert.Equal("expectingInput", reply.InputHint);
        var body = CardOf(reply).GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(["Hoe vaak zie je Tom?"], ReplyMapperTests.Runs(body[0]));
        var actions = body[1].GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Elke dag", "Elke week", "Soms"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal("af en toe", actions[2].GetProperty("data").GetProperty("answer").GetString());
        Assert.All(actions, a => Assert.Equal("inventory.frequency:1764666600", a.GetProperty("data").GetProperty("questionId").GetString()));
    }

    [Fact]
    public void Many_choices_go_in_rows_of_five()
    {
        var many = Reply.Ask("Wie is het?", Enumerable.Range(1, 12).Select(i => new ReplyChoice($"Rol {i}")).ToArray()) with { QuestionId = "role:1" };

        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("msteams"), [many]));

        var rows = CardOf(reply).GetProperty("body").EnumerateArray().Skip(1).ToList();
        Assert.Equal([5, 5, 2], rows.Select(r => r.GetProperty("actions").GetArrayLength()));
    }

    [Fact]
    public void A_question_without_identity_still_gets_buttons_with_only_the_answer()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("msteams"), [Reply.Ask("Goed?", new("Ja"), new("Nee"))]));

        var data = CardOf(reply).GetProperty("body")[1].GetProperty("actions")[0].GetProperty("data");
        Assert.Equal("Ja", data.GetProperty("answer").GetString());
        Assert.False(data.TryGetProperty("questionId", out _));
    }

    [Fact]
    public void User_text_on_Teams_cards_is_a_plain_string_in_a_text_run_never_markup()
    {
        var card = new ReplyCard("Samenvatting", null, [new("Naam", Hostile), new("Vraag", "")], []);
        var question = Reply.Ask($"Kent {Hostile} mama?", new ReplyChoice(Hostile)) with { QuestionId = "ties:1" };

        var replies = ReplyMapper.ToActivities(TestActivities.Message("msteams"), [new Reply("Dit heb ik genoteerd:\n- Naam: x", [], card), question]);

        var summary = CardOf(replies[0]);
        Assert.Null(replies[0].Text);
        var body = summary.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(["Samenvatting"], ReplyMapperTests.Runs(body[0]));
        Assert.Equal(["Naam: ", Hostile], ReplyMapperTests.Runs(body[1]));
        Assert.Equal(["Vraag: ", "-"], ReplyMapperTests.Runs(body[2]));
        Assert.DoesNotContain(body, b => b.GetProperty("type").GetString() is "TextBlock" or "FactSet");
        var asked = CardOf(replies[1]).GetProperty("body").EnumerateArray().ToList();
        Assert.Equal([$"Kent {Hostile} mama?"], ReplyMapperTests.Runs(asked[0]));
        Assert.Equal(Hostile, asked[1].GetProperty("actions")[0].GetProperty("title").GetString());
        Assert.Single(asked[1].GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public void Summary_buttons_in_Teams_send_the_answer_and_the_question()
    {
        var card = new ReplyCard("Samenvatting", null, [new("Naam", "Ann")], [new("Klopt"), new("Aanpassen", "pas aan")]);

        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("msteams"), [new Reply("x", [], card) with { QuestionId = "summary.check:7" }]));

        var actions = CardOf(reply).GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("pas aan", actions[1].GetProperty("data").GetProperty("answer").GetString());
        Assert.Equal("summary.check:7", actions[1].GetProperty("data").GetProperty("questionId").GetString());
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public void Web_chat_keeps_suggested_actions_whatever_the_question_identity(string channelId)
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message(channelId), [Question]));

        Assert.Equal("Hoe vaak zie je Tom?", reply.Text);
        Assert.Null(reply.Attachments);
        Assert.Equal(["Elke dag", "Elke week", "af en toe"], reply.SuggestedActions!.Actions!.Select(a => a.Value!.Value.GetString()));
        Assert.DoesNotContain("inventory.frequency", JsonSerializer.Serialize(reply, ProtocolJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_in_Teams_stays_text()
    {
        var reply = Assert.Single(ReplyMapper.ToActivities(TestActivities.Message("msteams"), [Reply.Say("Dank je wel.")]));

        Assert.Equal("Dank je wel.", reply.Text);
        Assert.Null(reply.Attachments);
        Assert.Null(reply.SuggestedActions);
    }
}
