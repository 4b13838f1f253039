using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests.Prompts;

/// <summary>
/// The waiting question's identity, which lets a host tell a click on the current card from a click
/// on an old one. State goes through JSON between turns, as in the host.
/// </summary>
public class QuestionIdentityTests
{
    private static readonly ITurnInterceptor Help = TurnInterceptor.ForWords(["help"], async (dc, ct) =>
    {
        await dc.SendAsync("Typ je naam.", ct);
        return InterceptResult.HandledAndReprompt;
    });

    private static readonly ITurnInterceptor EarlierQuestion = new TurnInterceptor(async (dc, ct) =>
    {
        if (!dc.AnswersEarlierQuestion)
        {
            return InterceptResult.NotHandled;
        }

        await dc.SendAsync("Die vraag is al beantwoord.", ct);
        return InterceptResult.Handled;
    });

    private sealed class Conversation(DialogEngine engine)
    {
        public string Json { get; private set; } = new ConversationState().ToJson();

        public async Task<TurnResult> SayAsync(string text, string? answers = null)
        {
            var state = ConversationState.Parse(Json);
            var result = await engine.RunTurnAsync(state, Turn.FromText(text) with { AnswersQuestionId = answers });
            Json = state.ToJson();
            return result;
        }
    }

    private static string? Asked(TurnResult result) => result.Replies[^1].QuestionId;

    [Fact]
    public async Task A_prompts_question_is_named_by_its_dialog_and_a_number()
    {
        var chat = new Conversation(ProfileBot.CreateEngine());

        var first = await chat.SayAsync("hoi");

        Assert.Matches("^text:[0-9]+$", Asked(first));
    }

    [Fact]
    public async Task A_retry_and_a_reprompt_keep_the_identity_and_the_next_question_gets_another()
    {
        var chat = new Conversation(ProfileBot.CreateEngine(Help));
        var name = Asked(await chat.SayAsync("hoi"));
        var age = Asked(await chat.SayAsync("Tom"));

        var reprompt = await chat.SayAsync("help");
        var retry = await chat.SayAsync("oud");

        Assert.Equal(["Typ je naam.", "Hoe oud ben je?"], reprompt.Replies.Select(r => r.Text));
        Assert.Equal("Een getal tussen 0 en 120, graag.", retry.Replies.Single().Text);
        Assert.StartsWith("age:", age, StringComparison.Ordinal);
        Assert.Equal(age, Asked(reprompt));
        Assert.Equal(age, Asked(retry));
        Assert.NotEqual(name, age);
    }

    [Fact]
    public async Task The_same_prompt_begun_again_asks_a_new_question()
    {
        var chat = new Conversation(ProfileBot.CreateEngine(NavigationInterceptors.Back));
        var firstAsk = Asked(await chat.SayAsync("hoi"));
        await chat.SayAsync("Tom");

        var again = await chat.SayAsync("terug");

        Assert.Equal("Hoe heet je?", again.Replies[^1].Text);
        Assert.StartsWith("text:", Asked(again), StringComparison.Ordinal);
        Assert.NotEqual(firstAsk, Asked(again));
    }

    [Fact]
    public async Task An_answer_to_the_waiting_question_goes_through_and_one_to_an_earlier_question_does_not()
    {
        var chat = new Conversation(ProfileBot.CreateEngine(EarlierQuestion));
        var name = Asked(await chat.SayAsync("hoi"));
        var age = Asked(await chat.SayAsync("Tom", answers: name));
        var before = chat.Json;

        var old = await chat.SayAsync("Els", answers: name);

        Assert.Equal("Die vraag is al beantwoord.", old.Replies.Single().Text);
        Assert.Equal(before, chat.Json);
        var current = await chat.SayAsync("34", answers: age);
        Assert.Equal("Tom, 34 jaar. Klopt dat?", current.Replies.Single().Text);
    }

    [Fact]
    public async Task Typed_text_is_never_an_answer_to_an_earlier_question()
    {
        var engine = ProfileBot.CreateEngine();
        var state = new ConversationState();
        await engine.RunTurnAsync(state, Turn.FromText("hoi"));
        var dc = new DialogContext(engine.Dialogs, state, Turn.FromText("Tom"), TimeProvider.System);

        Assert.NotNull(dc.WaitingQuestionId);
        Assert.False(dc.AnswersEarlierQuestion);
        Assert.True(new DialogContext(engine.Dialogs, state, Turn.FromText("Tom") with { AnswersQuestionId = "text:1" }, TimeProvider.System).AnswersEarlierQuestion);
    }

    [Fact]
    public async Task With_nothing_waiting_every_card_answer_is_to_an_earlier_question()
    {
        var chat = new Conversation(ProfileBot.CreateEngine(EarlierQuestion));
        var name = Asked(await chat.SayAsync("hoi"));
        var age = Asked(await chat.SayAsync("Tom"));
        var confirm = Asked(await chat.SayAsync("34"));
        var end = await chat.SayAsync("ja", answers: confirm);
        Assert.True(end.ConversationEnded);

        var late = await chat.SayAsync("Els", answers: name);

        Assert.Equal("Die vraag is al beantwoord.", late.Replies.Single().Text);
        Assert.DoesNotContain("\"profile\"", chat.Json, StringComparison.Ordinal);
        Assert.NotEqual(name, age);
    }

    [Fact]
    public async Task A_conversation_started_over_later_does_not_reuse_an_old_questions_identity()
    {
        var time = new FakeTimeProvider();
        var engine = new DialogEngine(new DialogSet(ProfileBot.CreateDialog()), "profile", [], time);
        var old = Asked(await engine.RunTurnAsync(new ConversationState(), Turn.FromText("hoi")));

        time.Advance(TimeSpan.FromMinutes(5));
        var again = Asked(await engine.RunTurnAsync(new ConversationState(), Turn.FromText("hoi")));

        Assert.StartsWith("text:", again, StringComparison.Ordinal);
        Assert.NotEqual(old, again);
    }

    [Fact]
    public void State_of_an_older_build_without_a_question_number_has_no_identity()
    {
        var engine = ProfileBot.CreateEngine();
        var state = ConversationState.Parse("""
            {"format":1,"stack":[{"id":"profile","version":1,"options":null,"state":{"index":0,"values":{},"history":[]}},
              {"id":"text","version":1,"options":{"prompt":{"text":"Hoe heet je?","choices":[]}},"state":{"attempts":0}}],"values":{}}
            """);
        var dc = new DialogContext(engine.Dialogs, state, Turn.FromText("x"), TimeProvider.System);

        Assert.Equal(["profile", "text"], state.Stack.Select(f => f.DialogId));
        Assert.Null(dc.WaitingQuestionId);
    }
}
