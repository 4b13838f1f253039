using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.NetworkInventory;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

/// <summary>
/// A tiny parent, as the intake will be: it begins the inventory with earlier answers and ends
/// with the map. "terug" and "overslaan" are handled the way the intake's interceptors do.
/// </summary>
internal static class InventoryHost
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static TranscriptTest Start(string locale = "nl-BE", params string[] earlierAnswers) =>
        new TranscriptTest(Engine(earlierAnswers)).WithLocale(locale).StartConversation();

    public const string CheckQuestion = "Klopt dit?";

    /// <summary>Like the intake: after the map, a question of the parent's own ("Klopt dit?"), so "terug" can reopen the inventory.</summary>
    public static TranscriptTest StartWithCheck() =>
        new TranscriptTest(Engine([], withCheck: true)).StartConversation();

    public static DialogEngine Engine(IReadOnlyList<string> earlierAnswers, bool withCheck = false)
    {
        var host = new WaterfallDialog<HostState>("test-host")
            .AddDialog(new NetworkInventoryDialog())
            .AddDialog(new ConfirmPrompt("test-host.check"))
            .AddStep((step, ct) => step.BeginDialogAsync(
                NetworkInventoryDialog.DialogId, new NetworkInventoryOptions { EarlierAnswers = earlierAnswers }, ct));
        if (withCheck)
        {
            host.AddStep((step, ct) =>
            {
                step.State = new HostState(step.ResultAs<NetworkMap>());
                return step.PromptAsync("test-host.check", PromptOptions.Ask(CheckQuestion), ct);
            });
            host.AddStep((step, ct) => step.EndAsync(step.State.Map, ct));
        }
        else
        {
            host.AddStep((step, ct) => step.EndAsync(step.ResultAs<NetworkMap>(), ct));
        }

        ITurnInterceptor[] interceptors =
        [
            TurnInterceptor.ForWords(["terug"], async (dc, ct) =>
                await dc.GoBackAsync(ct) ? InterceptResult.Handled : InterceptResult.HandledAndReprompt),
            TurnInterceptor.ForWords(["overslaan"], async (dc, ct) =>
                await dc.SkipAsync(ct) ? InterceptResult.Handled : InterceptResult.HandledAndReprompt),
        ];
        return new DialogEngine(new DialogSet(host), "test-host", interceptors, new FakeTimeProvider(Now));
    }

    public static NetworkMap Map(TurnResult result) =>
        DialogJson.FromElement<NetworkMap>(result.Result) ?? throw new InvalidOperationException("The turn returned no map.");

    internal sealed record HostState(NetworkMap? Map = null)
    {
        public HostState()
            : this(Map: null)
        {
        }
    }
}
