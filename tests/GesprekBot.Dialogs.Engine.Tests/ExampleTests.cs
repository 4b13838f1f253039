using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Tests.Support;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests;

/// <summary>The example from the engine's README, kept compiling and passing.</summary>
public class ExampleTests
{
    private sealed record ConsentState
    {
        public bool Consent { get; init; }
    }

    private static DialogEngine CreateEngine()
    {
        var consent = new WaterfallDialog<ConsentState>("consent")
            .AddDialog(new ConfirmPrompt("confirm"))
            .AddStep((step, ct) => step.PromptAsync("confirm", new PromptOptions
            {
                Prompt = Turns.Reply.Ask("Mag ik je antwoorden bewaren?"),
                RetryPrompt = Turns.Reply.Ask("Antwoord met ja of nee."),
            }, ct))
            .AddStep(async (step, ct) =>
            {
                var answer = step.PromptResult<bool>()!;
                step.State = step.State with { Consent = answer is { IsRecognized: true, Value: true } };
                await step.SendAsync(step.State.Consent ? "Dank je." : "Ik bewaar niets.", ct);
                return await step.EndAsync(step.State, ct);
            });

        var help = TurnInterceptor.ForWords(["help", "hulp"], async (dc, ct) =>
        {
            await dc.SendAsync("Je kan altijd 'terug' of 'stop' zeggen.", ct);
            return InterceptResult.HandledAndReprompt;
        });

        return new DialogEngine(new DialogSet(consent), "consent", [help], new FakeTimeProvider());
    }

    [Fact]
    public async Task TwoStepWaterfall_WithConfirmPromptAndHelp()
    {
        await new TranscriptTest(CreateEngine())
            .StartConversation().BotSays("Mag ik je antwoorden bewaren?").BotOffers("Ja", "Nee")
            .Row("help", "Je kan altijd 'terug' of 'stop' zeggen.", "Mag ik je antwoorden bewaren?")
            .Row("misschien", "Antwoord met ja of nee.")
            .Row("ja", "Dank je.")
            .ConversationEnds()
            .AssertAsync();
    }
}
