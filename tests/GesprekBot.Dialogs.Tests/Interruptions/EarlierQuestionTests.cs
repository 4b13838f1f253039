using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Tests.Support;

namespace GesprekBot.Dialogs.Tests.Interruptions;

/// <summary>A click on an old card (Teams) in the real intake: kindly turned away, nothing changes.</summary>
public class EarlierQuestionTests
{
    private sealed class Chat(DialogEngine engine, string locale = "nl-BE")
    {
        public string? Json { get; private set; }

        public IReadOnlyList<Reply> Last { get; private set; } = [];

        public string? Asked => Last.LastOrDefault(r => r.QuestionId is not null)?.QuestionId;

        public async Task RunAsync(Turn turn)
        {
            var state = ConversationState.Parse(Json);
            Last = (await engine.RunTurnAsync(state, turn)).Replies;
            Json = state.ToJson();
        }

        public Task StartAsync() => RunAsync(Turn.Start(locale: locale));

        public Task ClickAsync(string answer, string? question) =>
            RunAsync(Turn.FromText(answer, locale: locale) with { AnswersQuestionId = question });
    }

    [Fact]
    public async Task A_click_on_the_consent_card_after_it_was_answered_changes_nothing()
    {
        var chat = new Chat(IntakeScript.Engine());
        await chat.StartAsync();
        var consent = chat.Asked;
        Assert.NotNull(consent);
        await chat.ClickAsync("Ja", consent);
        Assert.Contains("Hoe wil je dat ik je noem?", chat.Last[^1].Text, StringComparison.Ordinal);
        var before = chat.Json;

        await chat.ClickAsync("Nee", consent);

        Assert.Equal("Die vraag is al beantwoord.", chat.Last[0].Text);
        Assert.Contains("Hoe wil je dat ik je noem?", chat.Last[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, chat.Json);
    }

    [Fact]
    public async Task A_click_on_the_card_of_the_waiting_question_answers_it()
    {
        var chat = new Chat(IntakeScript.Engine());
        await chat.StartAsync();

        await chat.ClickAsync("Ja", chat.Asked);

        Assert.Equal("Dank je wel. Dan beginnen we.", chat.Last[0].Text);
    }

    [Fact]
    public async Task In_English_the_client_hears_it_in_English()
    {
        var chat = new Chat(IntakeScript.Engine(), "en-GB");
        await chat.StartAsync();
        var consent = chat.Asked;
        await chat.ClickAsync("Yes", consent);

        await chat.ClickAsync("No", consent);

        Assert.Equal("That question has already been answered.", chat.Last[0].Text);
    }
}
