using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests.Support;

internal sealed record Profile
{
    public string? Name { get; init; }

    public int? Age { get; init; }

    public bool? Confirmed { get; init; }
}

/// <summary>A small root dialog used by many tests: name, age, confirmation, summary.</summary>
internal static class ProfileBot
{
    public static WaterfallDialog<Profile> CreateDialog(int version = 1) =>
        new WaterfallDialog<Profile>("profile", version)
            .AddDialog(new TextPrompt("text"))
            .AddDialog(new NumberPrompt<int>("age") { Min = 0, Max = 120 })
            .AddDialog(new ConfirmPrompt("confirm"))
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Hoe heet je?"), ct))
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Name = step.PromptResult<string>()!.Value };
                return step.PromptAsync("age", PromptOptions.Ask("Hoe oud ben je?", "Een getal tussen 0 en 120, graag."), ct);
            })
            .AddStep((step, ct) =>
            {
                step.State = step.State with { Age = step.PromptResult<int>()!.Value };
                return step.PromptAsync("confirm", PromptOptions.Ask($"{step.State.Name}, {step.State.Age} jaar. Klopt dat?"), ct);
            })
            .AddStep(async (step, ct) =>
            {
                step.State = step.State with { Confirmed = step.PromptResult<bool>()!.Value };
                await step.SendAsync(step.State.Confirmed == true ? "Bedankt!" : "Jammer.", ct);
                return await step.EndAsync(step.State, ct);
            });

    public static DialogEngine CreateEngine(params ITurnInterceptor[] interceptors) =>
        new(new DialogSet(CreateDialog()), "profile", interceptors, new FakeTimeProvider());
}
