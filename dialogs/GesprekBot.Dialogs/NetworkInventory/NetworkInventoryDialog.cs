using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Prompts;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.NetworkInventory;

/// <summary>
/// Step 7 of the intake: the client maps their network, domain by domain, then per member, then
/// animals and places, wishes, who knows whom and satisfaction. Ends with a <see cref="NetworkMap"/>.
/// Not a waterfall: the questions loop over domains and members, so the order lives in
/// <see cref="InventoryPlanner"/> and this class keeps the state and the "terug" history.
/// </summary>
public sealed class NetworkInventoryDialog : Dialog
{
    public const string DialogId = "network-inventory";

    private readonly IReadOnlyList<Dialog> prompts = InventoryPrompts.Create();

    public NetworkInventoryDialog()
        : base(DialogId)
    {
    }

    public override int Version => 1;

    public override IEnumerable<Dialog> ChildDialogs => prompts;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var given = DialogJson.FromElement<NetworkInventoryOptions>(options);
        var state = new InventoryState { Proposals = InventoryProposals.From(given?.EarlierAnswers ?? [], given?.ClientName) };
        await dc.SendAsync(new NetworkTextCatalog(dc.Culture)[nameof(NetworkTexts.IntroStart)], cancellationToken);
        return await AskNextAsync(dc, new InventoryFrame(state, []), cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = InventoryFrame.Read(dc.ActiveFrame!.State);
        var state = frame.State;
        if (state.Pending is { } pending)
        {
            var texts = new NetworkTextCatalog(dc.Culture);
            state = InventoryAnswers.Apply(state, pending, DialogJson.FromElement<PromptResult<string>>(result), texts, out var acknowledgement);
            if (acknowledgement is not null)
            {
                await dc.SendAsync(acknowledgement, cancellationToken);
            }
        }

        return await AskNextAsync(dc, frame with { State = state }, cancellationToken);
    }

    public override bool CanGoBack(DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return CanReadState(frame.State) && InventoryFrame.Read(frame.State).Previous() is not null;
    }

    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var previous = InventoryFrame.Read(dc.ActiveFrame!.State).Previous()
            ?? throw new InvalidOperationException("The inventory has no earlier question to go back to.");
        return AskNextAsync(dc, previous, cancellationToken, introduce: false);
    }

    /// <summary>
    /// "terug" at the intake's question after the inventory reopens it at its last question with
    /// every answer kept, instead of starting the whole map again.
    /// </summary>
    public override bool CanReopen(DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return CanReadState(frame.State) && InventoryFrame.Read(frame.State).LastQuestion() is not null;
    }

    public override Task<DialogTurnResult> ReopenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var last = InventoryFrame.Read(dc.ActiveFrame!.State).LastQuestion()
            ?? throw new InvalidOperationException("The inventory asked nothing that could be asked again.");
        return AskNextAsync(dc, last, cancellationToken, introduce: false);
    }

    public override bool CanReadState(JsonElement state)
    {
        try
        {
            // Missing members deserialise as null rather than failing, so check they are there.
            return InventoryFrame.Read(state) is { State.Entries: not null, State.Asked: not null, History: not null };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <param name="introduce">False when going back: the client has read the round's introduction already.</param>
    private static async Task<DialogTurnResult> AskNextAsync(
        DialogContext dc, InventoryFrame frame, CancellationToken cancellationToken, bool introduce = true)
    {
        var texts = new NetworkTextCatalog(dc.Culture);
        var state = frame.State;
        if (InventoryPlanner.Next(state) is not { } question)
        {
            var map = state.ToMap(dc.Now);
            var size = NetworkMetrics.Of(map).Size;
            await dc.SendAsync(size == 1 ? texts[nameof(NetworkTexts.DoneOne)] : texts.Format(nameof(NetworkTexts.Done), size), cancellationToken);
            return await dc.EndDialogAsync(map, cancellationToken);
        }

        if (introduce && Introduction(question, state) is { } intro)
        {
            await dc.SendAsync(texts[intro], cancellationToken);
        }

        var asking = state with { Pending = question };
        dc.ActiveFrame!.State = frame.Push(state, asking).ToElement();
        return await dc.PromptAsync(InventoryPrompts.IdFor(question.Kind), QuestionRenderer.Render(question, asking, texts), cancellationToken);
    }

    /// <summary>A short explanation before the first question of a round that needs one.</summary>
    private static string? Introduction(InventoryQuestion question, InventoryState state)
    {
        var key = question.Kind switch
        {
            QuestionKind.Ring => nameof(NetworkTexts.IntroRings),
            QuestionKind.SupportReceived => nameof(NetworkTexts.IntroDetails),
            QuestionKind.Ties => nameof(NetworkTexts.IntroTies),
            _ => null,
        };
        var prefix = $"{question.Kind}:";
        return key is not null && !state.Asked.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)) ? key : null;
    }
}
