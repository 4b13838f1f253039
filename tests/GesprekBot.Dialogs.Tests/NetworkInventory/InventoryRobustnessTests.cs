using System.Text.Json;
using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.State;
using GesprekBot.Dialogs.Engine.Turns;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.NetworkInventory;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryRobustnessTests
{
    private static readonly string[] Answers =
    [
        "mijn mama en mijn broer Tom", "Els", "niemand", "overslaan", "terug", "weet ik niet", "de rest later", "ja", "nee", "1", "4",
        "heel dichtbij", "ver weg", "emotionele steun", "geen", "elke week", "met kerst", "goed", "moeilijk", "zo houden", "7", "12",
        "", "???", "mijn hond Max en het park", "ik wil mijn papa terug zien", "tom en els", "de buurvrouw", "asdfgh", "Heel dichtbij!!",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Random_answers_never_break_the_inventory_and_it_always_ends_with_a_map(int seed)
    {
        var random = new Random(seed);
        var engine = InventoryHost.Engine([]);
        var json = ConversationState.Parse(null).ToJson();
        TurnResult? last = null;
        for (var turn = 0; turn < 400 && last is not { ConversationEnded: true }; turn++)
        {
            var state = ConversationState.Parse(json);
            var input = turn == 0 ? Turn.Start() : Turn.FromText(Answers[random.Next(Answers.Length)]);
            last = await engine.RunTurnAsync(state, input);
            json = state.ToJson();
            Assert.False(last.StateWasReset);
        }

        Assert.True(last?.ConversationEnded, "The inventory did not end within 400 turns.");
        var map = InventoryHost.Map(last!);
        Assert.Equal(AnsweredBy.Client, map.FilledInBy);
        Assert.All(map.Members, m => Assert.InRange(m.Ring ?? 1, 1, 4));
        Assert.All(map.Ties, t => Assert.NotNull(map.Find(t.SecondMemberId)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"state\":{\"entries\":null}}")]
    [InlineData("[1,2]")]
    public void State_it_cannot_read_is_refused_so_the_engine_restarts_the_inventory(string stored)
    {
        using var document = JsonDocument.Parse(stored);

        Assert.False(new NetworkInventoryDialog().CanReadState(document.RootElement));
    }

    [Fact]
    public void The_dialog_has_the_agreed_id_and_a_version()
    {
        var dialog = new NetworkInventoryDialog();

        Assert.Equal("network-inventory", dialog.Id);
        Assert.Equal(1, dialog.Version);
        Assert.All(dialog.ChildDialogs, child => Assert.StartsWith("network-inventory.", child.Id, StringComparison.Ordinal));
        Assert.NotNull(new DialogSet(dialog).Find(NetworkInventoryDialog.DialogId));
    }
}
