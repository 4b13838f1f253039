using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Interception;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Waterfall;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.NetworkInventory;

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

    public static DialogEngine Engine(IReadOnlyList<string> earlierAnswers)
    {
        var host = new WaterfallDialog<HostState>("test-host")
            .AddDialog(new NetworkInventoryDialog())
            .AddStep((step, ct) => step.BeginDialogAsync(
                NetworkInventoryDialog.DialogId, new NetworkInventoryOptions { EarlierAnswers = earlierAnswers }, ct))
            .AddStep((step, ct) => step.EndAsync(step.ResultAs<NetworkMap>(), ct));
        ITurnInterceptor[] interceptors =
        [
            TurnInterceptor.ForWords(["terug"], async (dc, ct) =>
                await dc.GoBackAsync(ct) ? InterceptResult.Handled : InterceptResult.HandledAndReprompt),
            TurnInterceptor.ForWords(["overslaan"], async (dc, ct) =>
                await dc.SkipAsync(ct) ? InterceptResult.Handled : InterceptResult.HandledAndReprompt),
        ];
        return new DialogEngine(new DialogSet(host), "test-host", interceptors, new FixedTime(Now));
    }

    public static NetworkMap Map(TurnResult result) =>
        DialogJson.FromElement<NetworkMap>(result.Result) ?? throw new InvalidOperationException("The turn returned no map.");

    internal sealed record HostState;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
