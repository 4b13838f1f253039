using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests;

public class DialogEngineTests
{
    [Fact]
    public async Task ConversationStart_OnAnEmptyStack_BeginsTheRoot()
    {
        await new TranscriptTest(ProfileBot.CreateEngine())
            .StartConversation().BotSays("Hoe heet je?")
            .Then((result, state) =>
            {
                Assert.Equal(DialogTurnStatus.Waiting, result.DialogStatus);
                Assert.Equal(["profile", "text"], state.Stack.Select(f => f.DialogId));
            })
            .AssertAsync();
    }

    [Fact]
    public async Task ConversationStart_OnAWaitingStack_RepromptsTheActiveQuestion()
    {
        await new TranscriptTest(ProfileBot.CreateEngine())
            .Row("hoi", "Hoe heet je?")
            .Row("Tom", "Hoe oud ben je?")
            .StartConversation().BotSays("Hoe oud ben je?")
            .Row("34", "Tom, 34 jaar. Klopt dat?")
            .AssertAsync();
    }

    [Fact]
    public async Task Message_AfterTheConversationEnded_BeginsTheRootAgain()
    {
        await new TranscriptTest(ProfileBot.CreateEngine())
            .Rows(("hoi", "Hoe heet je?"), ("Tom", "Hoe oud ben je?"), ("34", "Tom, 34 jaar. Klopt dat?"), ("nee", "Jammer."))
            .ConversationEnds()
            .Then((result, state) =>
            {
                Assert.Equal(DialogTurnStatus.Complete, result.DialogStatus);
                Assert.Equal("Tom", result.Result!.Value.GetProperty("name").GetString());
                Assert.Empty(state.Stack);
            })
            .Row("opnieuw", "Hoe heet je?")
            .AssertAsync();
    }

    [Fact]
    public async Task RootThatEndsImmediately_EndsTheConversationInOneTurn()
    {
        var once = new WaterfallDialog<object>("once").AddStep(async (step, ct) =>
        {
            await step.SendAsync("Tot ziens.", ct);
            return await step.EndAsync("klaar", ct);
        });
        var engine = new DialogEngine(new DialogSet(once), "once", [], TimeProvider.System);

        var result = await engine.RunTurnAsync(new ConversationState(), Turn.FromText("hoi"));

        Assert.True(result.ConversationEnded);
        Assert.Equal(DialogTurnStatus.Complete, result.DialogStatus);
        Assert.Equal("klaar", result.Result!.Value.GetString());
        Assert.Equal(["Tot ziens."], result.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task ExceptionInADialog_Propagates_AndLeavesTheStateAsBeforeTheTurn()
    {
        var failing = new WaterfallDialog<Profile>("failing")
            .AddDialog(new TextPrompt("text"))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Naam?"), ct))
            .AddStep((step, _) =>
            {
                step.State = step.State with { Name = "half geschreven" };
                throw new InvalidOperationException("boem");
            });
        var engine = new DialogEngine(new DialogSet(failing), "failing", [], TimeProvider.System);
        var state = new ConversationState();
        await engine.RunTurnAsync(state, Turn.FromText("hoi"));
        state.Set("consent", true);
        var before = state.ToJson();

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.RunTurnAsync(state, Turn.FromText("Tom")));

        Assert.Equal(before, state.ToJson());
        var retry = await engine.RunTurnAsync(ConversationState.Parse(state.ToJson()), Turn.Start());
        Assert.Equal(["Naam?"], retry.Replies.Select(r => r.Text));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("EN", "en")]
    [InlineData("nl-BE", "nl-BE")]
    [InlineData("nl-NL", "nl-BE")]
    [InlineData("fr-BE", "nl-BE")]
    [InlineData(null, "nl-BE")]
    public async Task Culture_ComesFromTheTurnsLocale(string? locale, string expected)
    {
        var engine = SingleStep((step, ct) => step.SendAsync(step.Context.Culture.Name, ct));

        var result = await engine.RunTurnAsync(new ConversationState(), Turn.FromText("hoi", locale: locale));

        Assert.Equal(expected, result.Replies.Single().Text);
    }

    [Fact]
    public async Task Now_ComesFromTheEnginesTimeProvider()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var engine = SingleStep((step, ct) => step.SendAsync(step.Context.Now.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ct), clock);

        var first = await engine.RunTurnAsync(new ConversationState(), Turn.FromText("hoi"));
        clock.Advance(TimeSpan.FromDays(1));
        var second = await engine.RunTurnAsync(new ConversationState(), Turn.FromText("hoi"));

        Assert.Equal("2026-11-23T08:00:00.0000000+00:00", first.Replies.Single().Text);
        Assert.Equal("2026-11-24T08:00:00.0000000+00:00", second.Replies.Single().Text);
    }

    [Fact]
    public void Constructor_UnknownRoot_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => new DialogEngine(new DialogSet(), "missing", [], TimeProvider.System));
    }

    private static DialogEngine SingleStep(Func<WaterfallStep<object>, CancellationToken, Task> body, TimeProvider? clock = null)
    {
        var dialog = new WaterfallDialog<object>("single").AddStep(async (step, ct) =>
        {
            await body(step, ct);
            return await step.EndAsync(null, ct);
        });
        return new DialogEngine(new DialogSet(dialog), "single", [], clock ?? TimeProvider.System);
    }
}
