using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;

namespace GesprekBot.Dialogs.Engine.Tests.Interception;

public class TurnInterceptorTests
{
    private static readonly ITurnInterceptor Help = TurnInterceptor.ForWords(["help", "hulp"], async (dc, ct) =>
    {
        await dc.SendAsync($"Hulp bij '{dc.ActiveDialogId}' in '{dc.Stack[0].DialogId}'.", ct);
        return InterceptResult.HandledAndReprompt;
    });

    private static readonly ITurnInterceptor Stop = TurnInterceptor.ForWords(["stop"], async (dc, ct) =>
    {
        await dc.CancelAllDialogsAsync(ct);
        await dc.SendAsync("Gestopt.", ct);
        return InterceptResult.Handled;
    });

    private static readonly ITurnInterceptor Crisis = new TurnInterceptor(async (dc, ct) =>
    {
        if (dc.Turn.Text?.Contains("dood", StringComparison.OrdinalIgnoreCase) != true)
        {
            return InterceptResult.NotHandled;
        }

        await dc.SendAsync("Bel de Zelfmoordlijn: 1813.", ct);
        return InterceptResult.Handled;
    });

    [Fact]
    public async Task Handled_StopsTheTurn_TheActiveDialogKeepsWaitingAndIsReprompted()
    {
        await new TranscriptTest(ProfileBot.CreateEngine(Help))
            .Row("hoi", "Hoe heet je?")
            .Row("Tom", "Hoe oud ben je?")
            .Row("help", "Hulp bij 'age' in 'profile'.", "Hoe oud ben je?")
            .Then((result, _) => Assert.True(result.Intercepted))
            .Row("34", "Tom, 34 jaar. Klopt dat?")
            .AssertAsync();
    }

    [Fact]
    public async Task Interceptor_CanReadThePendingQuestion_ForContextualHelp()
    {
        var explain = TurnInterceptor.ForWords(["?"], async (dc, ct) =>
        {
            await dc.SendAsync($"De vraag was: {dc.ActivePromptOptions?.Prompt.Text ?? "(geen)"}", ct);
            return InterceptResult.Handled;
        });

        await new TranscriptTest(ProfileBot.CreateEngine(explain))
            .Row("?", "De vraag was: (geen)")
            .Row("hoi", "Hoe heet je?")
            .Row("?", "De vraag was: Hoe heet je?")
            .AssertAsync();
    }

    [Fact]
    public async Task NotHandled_TheActiveDialogGetsTheMessage()
    {
        await new TranscriptTest(ProfileBot.CreateEngine(Help, Crisis))
            .Row("hoi", "Hoe heet je?")
            .Row("Helpdesk", "Hoe oud ben je?")
            .Then((result, _) => Assert.False(result.Intercepted))
            .Row("34", "Helpdesk, 34 jaar. Klopt dat?")
            .AssertAsync();
    }

    [Fact]
    public async Task Interceptors_RunInOrder_TheFirstThatHandlesWins()
    {
        var first = TurnInterceptor.ForWords(["x"], async (dc, ct) =>
        {
            await dc.SendAsync("eerste", ct);
            return InterceptResult.Handled;
        });
        var second = TurnInterceptor.ForWords(["x"], async (dc, ct) =>
        {
            await dc.SendAsync("tweede", ct);
            return InterceptResult.Handled;
        });

        await new TranscriptTest(ProfileBot.CreateEngine(first, second))
            .Row("hoi", "Hoe heet je?")
            .Row("x", "eerste")
            .AssertAsync();
    }

    [Fact]
    public async Task CancelAll_ClearsTheStack_AndEndsTheConversation()
    {
        await new TranscriptTest(ProfileBot.CreateEngine(Stop))
            .Row("hoi", "Hoe heet je?")
            .Row("stop", "Gestopt.")
            .ConversationEnds()
            .Then((result, state) =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, result.DialogStatus);
                Assert.Empty(state.Stack);
            })
            .Row("hoi", "Hoe heet je?")
            .AssertAsync();
    }

    [Fact]
    public async Task Interceptors_AlsoSeeTheFirstMessage_OnAnEmptyStack()
    {
        await new TranscriptTest(ProfileBot.CreateEngine(Crisis))
            .Row("ik wil dood", "Bel de Zelfmoordlijn: 1813.")
            .Then((result, state) =>
            {
                Assert.Equal(DialogTurnStatus.Empty, result.DialogStatus);
                Assert.False(result.ConversationEnded);
                Assert.Empty(state.Stack);
            })
            .Row("hoi", "Hoe heet je?")
            .AssertAsync();
    }

    [Fact]
    public async Task Interceptors_DoNotRunOnConversationStart()
    {
        var everything = new TurnInterceptor(async (dc, ct) =>
        {
            await dc.SendAsync("onderschept", ct);
            return InterceptResult.Handled;
        });

        await new TranscriptTest(ProfileBot.CreateEngine(everything))
            .StartConversation().BotSays("Hoe heet je?")
            .Row("Tom", "onderschept")
            .AssertAsync();
    }

    [Fact]
    public async Task NotHandled_CanStillSpeakAndFlag_AndTheDialogThenAnswersToo()
    {
        var flagUrgent = new TurnInterceptor(async (dc, ct) =>
        {
            if (dc.Turn.Text?.Contains("bang", StringComparison.OrdinalIgnoreCase) == true)
            {
                dc.Conversation.Set("urgent", true);
                await dc.SendAsync("Dat klinkt zwaar. Tele-Onthaal: 106.", ct);
            }

            return InterceptResult.NotHandled;
        });

        await new TranscriptTest(ProfileBot.CreateEngine(flagUrgent))
            .Row("hoi", "Hoe heet je?")
            .Row("Tom, en ik ben bang", "Dat klinkt zwaar. Tele-Onthaal: 106.", "Hoe oud ben je?")
            .Then((_, state) => Assert.True(state.Get<bool>("urgent")))
            .AssertAsync();
    }
}
