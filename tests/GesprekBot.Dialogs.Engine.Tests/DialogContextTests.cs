using System.Text.Json;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Engine.Waterfall;

namespace GesprekBot.Dialogs.Engine.Tests;

public class DialogContextTests
{
    /// <summary>A hand-written dialog: counts messages in its frame and loops by replacing itself.</summary>
    private sealed class CountingDialog() : Dialog("count")
    {
        public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
        {
            var start = DialogJson.FromElement<int>(options);
            dc.ActiveFrame!.State = DialogJson.ToElement(start);
            await dc.SendAsync($"ronde {start}", cancellationToken);
            return DialogTurnResult.Waiting;
        }

        public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            var count = DialogJson.FromElement<int>(dc.ActiveFrame!.State) + 1;
            if (dc.Turn.Text == "klaar")
            {
                return await dc.EndDialogAsync(count, cancellationToken);
            }

            return count % 2 == 0
                ? await dc.ReplaceDialogAsync(Id, count, cancellationToken)
                : await Save(dc, count, cancellationToken);
        }

        private static async Task<DialogTurnResult> Save(DialogContext dc, int count, CancellationToken cancellationToken)
        {
            dc.ActiveFrame!.State = DialogJson.ToElement(count);
            await dc.SendAsync($"teller {count}", cancellationToken);
            return DialogTurnResult.Waiting;
        }
    }

    [Fact]
    public async Task CustomDialog_KeepsItsStateInItsFrame_AndReplaceDialogLoops()
    {
        var engine = new DialogEngine(new DialogSet(new CountingDialog()), "count", [], TimeProvider.System);

        await new TranscriptTest(engine)
            .Row("a", "ronde 0")
            .Row("b", "teller 1")
            .Row("c", "ronde 2")
            .Row("d", "teller 3")
            .UserSays("klaar")
            .Then((result, state) =>
            {
                Assert.Equal(4, result.Result!.Value.GetInt32());
                Assert.True(result.ConversationEnded);
                Assert.Empty(state.Stack);
            })
            .AssertAsync();
    }

    [Fact]
    public async Task OperationsOnAnEmptyStack_DoNothing()
    {
        var dc = new DialogContext(new DialogSet(), new ConversationState(), Turn.FromText("hoi"), TimeProvider.System);

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
        Assert.False(await dc.GoBackAsync());
        Assert.False(await dc.SkipAsync());
        await dc.RepromptAsync();
        Assert.Null(dc.ActiveDialogId);
        Assert.Empty(dc.Replies);
        Assert.False(dc.WasCancelled);
    }

    [Fact]
    public async Task BeginDialog_WithAnUnknownId_Throws()
    {
        var dc = new DialogContext(new DialogSet(), new ConversationState(), Turn.FromText("hoi"), TimeProvider.System);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => dc.BeginDialogAsync("missing"));
    }

    [Fact]
    public async Task ConversationValues_AreSharedByAllDialogs_AndSaved()
    {
        var writer = new WaterfallDialog<object>("writer")
            .AddStep(async (step, ct) =>
            {
                step.Context.Conversation.Set("intakeCode", 1234);
                return await step.BeginDialogAsync("reader", null, ct);
            });
        var reader = new WaterfallDialog<object>("reader")
            .AddStep((step, _) => Task.FromResult(step.WaitForInput()))
            .AddStep(async (step, ct) =>
            {
                await step.SendAsync($"code {step.Context.Conversation.Get<int>("intakeCode")}", ct);
                return await step.EndAsync(null, ct);
            });
        var engine = new DialogEngine(new DialogSet(writer, reader), "writer", [], TimeProvider.System);

        await new TranscriptTest(engine).UserSays("hoi").Row("verder", "code 1234").AssertAsync();
    }
}
