using System.Text.Json;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Waterfall;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Engine.Tests.Support;

/// <summary>Asks one prompt, then reports its result as "status|value|text" so transcripts can check it.</summary>
internal static class PromptHarness
{
    public static TranscriptTest Transcript<T>(Prompt<T> prompt, PromptOptions options, Func<T, string>? show = null)
    {
        var root = new WaterfallDialog<object>("root")
            .AddDialog(prompt)
            .AddStep((step, ct) => step.PromptAsync(prompt.Id, options, ct))
            .AddStep(async (step, ct) =>
            {
                var result = step.PromptResult<T>()!;
                var value = result.IsRecognized ? (show ?? (v => JsonSerializer.Serialize(v)))(result.Value!) : "-";
                await step.SendAsync($"{result.Status}|{value}|{result.Text}", ct);
                return await step.EndAsync(null, ct);
            });
        var engine = new DialogEngine(new DialogSet(root), "root", [NavigationInterceptors.Skip], new FakeTimeProvider());
        return new TranscriptTest(engine);
    }
}
