using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine.Tests.Interception;

public class PassOnTests
{
    /// <summary>Answers "bang" itself, then lets the dialog read the message as its answer too.</summary>
    private static readonly ITurnInterceptor Worried = new TurnInterceptor(async (dc, ct) =>
    {
        if (dc.Turn.Text?.Contains("bang", StringComparison.OrdinalIgnoreCase) != true)
        {
            return InterceptResult.NotHandled;
        }

        await dc.SendAsync("Dat klinkt zwaar.", ct);
        return InterceptResult.HandledAndPassOn(askFirst: Reply.Ask("Wil je verder?", new ReplyChoice("Verder")));
    });

    /// <summary>Holds "misschien …" back with a question, and passes it on after "nee".</summary>
    private static readonly ITurnInterceptor Checker = new TurnInterceptor(async (dc, ct) =>
    {
        if (dc.Conversation.Get<string>("held") is { } held)
        {
            dc.Conversation.Remove("held");
            await dc.SendAsync("Oké.", ct);
            return InterceptResult.HandledAndPassOn(held);
        }

        if (dc.Turn.Text?.StartsWith("misschien", StringComparison.Ordinal) != true)
        {
            return InterceptResult.NotHandled;
        }

        dc.Conversation.Set("held", dc.Turn.Text);
        await dc.SendAsync(Reply.Ask("Bedoel je dat echt?"), ct);
        return InterceptResult.Handled;
    });

    private static readonly ITurnInterceptor Everything = new TurnInterceptor(async (dc, ct) =>
    {
        await dc.SendAsync("later onderschept", ct);
        return InterceptResult.Handled;
    });

    [Fact]
    public async Task PassOn_TheDialogReadsTheAnswer_ButItsQuestionWaitsBehindTheInterceptorsQuestion()
    {
        await new TranscriptTest(ProfileBot.CreateEngine(Worried))
            .Row("hoi", "Hoe heet je?")
            .UserSays("Tom, en ik ben bang")
            .BotSays("Dat klinkt zwaar.")
            .BotReplies(r =>
            {
                Assert.Equal("Wil je verder?", r.Text);
                Assert.Equal("Verder", Assert.Single(r.Choices).Title);
            })
            .Then((result, state) =>
            {
                Assert.True(result.Intercepted);
                Assert.Equal("age", state.ActiveFrame!.DialogId);
            })
            .AssertAsync();
    }

    [Fact]
    public async Task PassOn_TheHeldQuestionIsAskedByTheNextReprompt()
    {
        var reprompt = TurnInterceptor.ForWords(["verder"], (_, _) => Task.FromResult(InterceptResult.HandledAndReprompt));

        await new TranscriptTest(ProfileBot.CreateEngine(Worried, reprompt))
            .Row("hoi", "Hoe heet je?")
            .Row("Tom, en ik ben bang", "Dat klinkt zwaar.", "Wil je verder?")
            .Row("verder", "Hoe oud ben je?")
            .Row("34", "Tom, en ik ben bang, 34 jaar. Klopt dat?")
            .AssertAsync();
    }

    [Fact]
    public async Task PassOn_WithoutAskFirst_TheDialogAsksItsOwnQuestion_AndNoLaterInterceptorSeesTheMessage()
    {
        var passAll = new TurnInterceptor((_, _) => Task.FromResult(InterceptResult.HandledAndPassOn()));

        await new TranscriptTest(ProfileBot.CreateEngine(passAll, Everything))
            .Row("hoi", "Hoe heet je?")
            .Row("Tom", "Hoe oud ben je?")
            .AssertAsync();
    }

    [Fact]
    public async Task PassOn_WithText_TheDialogReadsAMessageHeldBackEarlier()
    {
        await new TranscriptTest(ProfileBot.CreateEngine(Checker))
            .Row("hoi", "Hoe heet je?")
            .Row("misschien Tom", "Bedoel je dat echt?")
            .Then((_, state) => Assert.Equal("text", state.ActiveFrame!.DialogId))
            .Row("nee", "Oké.", "Hoe oud ben je?")
            .Row("34", "misschien Tom, 34 jaar. Klopt dat?")
            .AssertAsync();
    }

    [Fact]
    public async Task PassOn_OnAnEmptyStack_BeginsTheRootDialog()
    {
        var greet = new TurnInterceptor(async (dc, ct) =>
        {
            if (dc.Stack.Count > 0)
            {
                return InterceptResult.NotHandled;
            }

            await dc.SendAsync("Eerst dit.", ct);
            return InterceptResult.HandledAndPassOn();
        });

        await new TranscriptTest(ProfileBot.CreateEngine(greet))
            .Row("hoi", "Eerst dit.", "Hoe heet je?")
            .AssertAsync();
    }
}
