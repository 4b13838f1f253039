using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests.Waterfall;

public class WaterfallBackTests
{
    private sealed record Answers
    {
        public IReadOnlyList<string> Given { get; init; } = [];
    }

    // One instance shared by all waterfalls: an id must mean one dialog in a DialogSet.
    private static readonly TextPrompt Text = new("text");

    private static TranscriptTest Transcript(params Dialog[] dialogs) =>
        new(new DialogEngine(new DialogSet(dialogs), dialogs[0].Id, [NavigationInterceptors.Back, NavigationInterceptors.Skip], new FakeTimeProvider()));

    /// <summary>Asks each question in turn and records every answer in the typed state.</summary>
    private static WaterfallDialog<Answers> Questions(string id, params string[] questions)
    {
        var dialog = new WaterfallDialog<Answers>(id).AddDialog(Text);
        for (var i = 0; i <= questions.Length; i++)
        {
            var question = i < questions.Length ? questions[i] : null;
            dialog.AddStep(async (step, ct) =>
            {
                if (step.PromptResult<string>() is { } answer)
                {
                    step.State = step.State with { Given = [.. step.State.Given, answer.Value ?? $"({answer.Status})"] };
                }

                if (question is not null)
                {
                    return await step.PromptAsync("text", PromptOptions.Ask(question), ct);
                }

                await step.SendAsync($"{id}: {string.Join(", ", step.State.Given)}", ct);
                return await step.EndAsync(step.State.Given, ct);
            });
        }

        return dialog;
    }

    [Fact]
    public async Task Back_ReasksThePreviousQuestion_AndTheNewAnswerReplacesTheOld()
    {
        await Transcript(Questions("q", "Naam?", "Woonplaats?", "Hobby?"))
            .Row("hoi", "Naam?")
            .Row("Tom", "Woonplaats?")
            .Row("Gent", "Hobby?")
            .Row("terug", "Woonplaats?")
            .Row("Brugge", "Hobby?")
            .Row("fietsen", "q: Tom, Brugge, fietsen")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_Twice_GoesTwoQuestionsBack_WithTheStateAsItWasThen()
    {
        await Transcript(Questions("q", "Naam?", "Woonplaats?", "Hobby?"))
            .Row("hoi", "Naam?")
            .Row("Tom", "Woonplaats?")
            .Row("Gent", "Hobby?")
            .Row("terug", "Woonplaats?")
            .Row("terug", "Naam?")
            .Row("An", "Woonplaats?")
            .Row("Luik", "Hobby?")
            .Row("lezen", "q: An, Luik, lezen")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_HasNothingToGoBackTo()
    {
        await Transcript(Questions("q", "Naam?", "Woonplaats?"))
            .Row("hoi", "Naam?")
            .Row("terug", "Er is geen vorige vraag.", "Naam?")
            .Row("Tom", "Woonplaats?")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_AtTheFirstQuestionOfAChild_RemovesTheChildAndTheParentStepsBack()
    {
        var parent = new WaterfallDialog<Answers>("parent")
            .AddDialog(Text)
            .AddDialog(Questions("child", "Kind 1?", "Kind 2?"))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Ouder?"), ct))
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Given = [step.PromptResult<string>()!.Value!] };
                return step.BeginDialogAsync("child", null, ct);
            })
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"parent: {string.Join(", ", step.State.Given)} + {string.Join(", ", step.ResultAs<string[]>()!)}", ct);
                return await step.EndAsync(null, ct);
            });

        await Transcript(parent)
            .Row("hoi", "Ouder?")
            .Row("A", "Kind 1?")
            .Row("B", "Kind 2?")
            .Row("terug", "Kind 1?")
            .Row("terug", "Ouder?")
            .Row("X", "Kind 1?")
            .Row("Y", "Kind 2?")
            .Row("Z", "child: Y, Z", "parent: X + Y, Z")
            .Then((result, state) => Assert.Empty(state.Stack))
            .AssertAsync();
    }

    private static WaterfallDialog<Answers> ParentWithFinishedChild() => new WaterfallDialog<Answers>("parent")
        .AddDialog(Text)
        .AddDialog(Questions("child", "Kind 1?", "Kind 2?"))
        .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Ouder?"), ct))
        .AddStep((step, ct) =>
        {
            step.State = step.State with { Given = [step.PromptResult<string>()!.Value!] };
            return step.BeginDialogAsync("child", null, ct);
        })
        .AddStep((step, ct) =>
        {
            step.State = step.State with { Given = [.. step.State.Given, .. step.ResultAs<string[]>()!] };
            return step.PromptAsync("text", PromptOptions.Ask("Na?"), ct);
        })
        .AddStep(async (step, ct) =>
        {
            await step.SendAsync($"parent: {string.Join(", ", step.State.Given)} | {step.PromptResult<string>()!.Value}", ct);
            return await step.EndAsync(null, ct);
        });

    [Fact]
    public async Task Back_AfterAChildFinished_ReopensItAtItsLastQuestion_KeepingItsEarlierAnswers()
    {
        await Transcript(ParentWithFinishedChild())
            .Row("hoi", "Ouder?")
            .Row("A", "Kind 1?")
            .Row("B", "Kind 2?")
            .Row("C", "child: B, C", "Na?")
            .Row("terug", "Kind 2?")
            .Row("D", "child: B, D", "Na?")
            .Row("E", "parent: A, B, D | E")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_RepeatedlyAfterAChildFinished_WalksBackThroughTheChildIntoTheParent()
    {
        await Transcript(ParentWithFinishedChild())
            .Row("hoi", "Ouder?")
            .Row("A", "Kind 1?")
            .Row("B", "Kind 2?")
            .Row("C", "child: B, C", "Na?")
            .Row("terug", "Kind 2?")
            .Row("terug", "Kind 1?")
            .Row("terug", "Ouder?")
            .Row("terug", "Er is geen vorige vraag.", "Ouder?")
            .Row("X", "Kind 1?")
            .Row("Y", "Kind 2?")
            .Row("Z", "child: Y, Z", "Na?")
            .Row("klaar", "parent: X, Y, Z | klaar")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_SkipsStepsThatAskedNothing()
    {
        var dialog = new WaterfallDialog<Answers>("q")
            .AddDialog(Text)
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Eerste?"), ct))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync("Tussendoor.", ct);
                return await step.NextAsync(step.Result, ct);
            })
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Tweede?"), ct))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Derde?"), ct));

        await Transcript(dialog)
            .Row("hoi", "Eerste?")
            .Row("a", "Tussendoor.", "Tweede?")
            .Row("b", "Derde?")
            .Row("terug", "Tweede?")
            .Row("terug", "Eerste?")
            .AssertAsync();
    }

    [Fact]
    public async Task Skip_EndsThePromptAsSkipped_AndTheWaterfallMovesOn()
    {
        await Transcript(Questions("q", "Naam?", "Woonplaats?"))
            .Row("hoi", "Naam?")
            .Row("overslaan", "Woonplaats?")
            .Row("Gent", "q: (Skipped), Gent")
            .AssertAsync();
    }

    [Fact]
    public async Task Skip_WhenNoPromptIsActive_IsRefused()
    {
        var dialog = new WaterfallDialog<Answers>("wait")
            .AddStep((step, _) => Task.FromResult(step.WaitForInput()))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"kreeg {step.ResultAs<string>()}", ct);
                return await step.EndAsync(null, ct);
            });

        await Transcript(dialog)
            .UserSays("hoi")
            .Row("overslaan", "Deze vraag kan je niet overslaan.")
            .Row("iets", "kreeg iets")
            .AssertAsync();
    }

    [Fact]
    public async Task Back_IsLimitedToMaxBackSteps()
    {
        var dialog = new WaterfallDialog<Answers>("q") { MaxBackSteps = 1 }
            .AddDialog(Text)
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Een?"), ct))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Twee?"), ct))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Drie?"), ct));

        await Transcript(dialog)
            .Row("hoi", "Een?")
            .Row("a", "Twee?")
            .Row("b", "Drie?")
            .Row("terug", "Twee?")
            .Row("terug", "Er is geen vorige vraag.", "Twee?")
            .AssertAsync();
    }

    [Fact]
    public async Task ManyFinishedChildren_KeepTheSavedStateSmall_AndTheLatestStillReopens()
    {
        var member = Questions("member", "Naam?", "Ring?");
        var loop = new WaterfallDialog<Answers>("loop")
            .AddDialog(member)
            .AddStep((step, ct) => step.BeginDialogAsync("member", null, ct))
            .AddStep((step, ct) => step.GoToStepAsync(0, null, ct));
        var transcript = Transcript(loop).UserSays("hoi").BotSays("Naam?");
        for (var i = 0; i < 60; i++)
        {
            transcript.Row($"lid {i}", "Ring?").Row("1", $"member: lid {i}, 1", "Naam?");
        }

        var state = await transcript.Row("terug", "Ring?").Row("2", "member: lid 59, 2", "Naam?").AssertAsync();

        Assert.InRange(state.ToJson().Length, 1, 10_000);
    }
}
