using System.Globalization;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;

namespace GesprekBot.Dialogs.Engine.Tests;

/// <summary>A language chosen in the conversation ("English please") wins over the channel's locale.</summary>
public class DialogCultureChoiceTests
{
    [Fact]
    public async Task ChosenCulture_WinsOverTheLocale_FromThatTurnOn_AndIsKeptInTheState()
    {
        await new TranscriptTest(Engine())
            .WithLocale("nl-BE")
            .Row("hoi", "taal nl-BE")
            .Row("english", "taal en")
            .Row("nog eens", "taal en")
            .Then((_, state) => Assert.Equal("en", state.Get<string>(DialogCulture.ChoiceKey)))
            .AssertAsync();
    }

    [Fact]
    public async Task ChosenCulture_IsUsedByPromptsToo()
    {
        await new TranscriptTest(Engine())
            .WithLocale("nl-BE")
            .Row("hoi", "taal nl-BE")
            .Row("english", "taal en")
            .UserSays("vraag")
            .BotSays("Klaar?")
            .BotOffers("Yes", "No")
            .AssertAsync();
    }

    [Fact]
    public async Task ChoosingNull_GivesTheLocaleBack()
    {
        await new TranscriptTest(Engine())
            .WithLocale("en-GB")
            .Row("hoi", "taal en")
            .Row("nederlands", "taal nl-BE")
            .Row("kanaal", "taal en")
            .Then((_, state) => Assert.DoesNotContain(DialogCulture.ChoiceKey, state.Keys))
            .AssertAsync();
    }

    [Theory]
    [InlineData("fr-BE", "nl-BE")]
    [InlineData("en-US", "en")]
    [InlineData("nl-NL", "nl-BE")]
    public void ChooseCulture_MapsToACultureTheBotSpeaks(string chosen, string expected)
    {
        var dc = new DialogContext(new DialogSet(), new ConversationState(), Turn.FromText("hoi", locale: "en"), TimeProvider.System);

        dc.ChooseCulture(CultureInfo.GetCultureInfo(chosen));

        Assert.Equal(expected, dc.Culture.Name);
    }

    [Fact]
    public void WithoutAChoice_TheLocaleDecides()
    {
        var dc = new DialogContext(new DialogSet(), new ConversationState(), Turn.FromText("hoi", locale: "en-US"), TimeProvider.System);

        Assert.Equal("en", dc.Culture.Name);
    }

    /// <summary>
    /// A loop that names the culture it answers in; interceptors choose a language ("english",
    /// "nederlands") or forget the choice ("kanaal"), "vraag" asks a yes/no prompt.
    /// </summary>
    private static DialogEngine Engine()
    {
        var loop = new WaterfallDialog<object>("loop");
        loop.AddDialog(new ConfirmPrompt("confirm"));
        loop.AddStep((step, ct) => step.Context.Turn.Text == "vraag"
            ? step.PromptAsync("confirm", PromptOptions.Ask("Klaar?"), ct)
            : Say(step, ct));
        loop.AddStep((step, ct) => step.ReplaceDialogAsync("loop", null, ct));

        ITurnInterceptor[] interceptors =
        [
            Choose("english", DialogCulture.English),
            Choose("nederlands", DialogCulture.Default),
            Choose("kanaal", null),
        ];
        return new DialogEngine(new DialogSet(loop), "loop", interceptors, TimeProvider.System);
    }

    private static async Task<DialogTurnResult> Say(WaterfallStep<object> step, CancellationToken ct)
    {
        await step.SendAsync($"taal {step.Context.Culture.Name}", ct);
        return step.WaitForInput();
    }

    private static TurnInterceptor Choose(string word, CultureInfo? culture) =>
        TurnInterceptor.ForWords([word], async (dc, ct) =>
        {
            dc.ChooseCulture(culture);
            await dc.SendAsync($"taal {dc.Culture.Name}", ct);
            return InterceptResult.Handled;
        });
}
