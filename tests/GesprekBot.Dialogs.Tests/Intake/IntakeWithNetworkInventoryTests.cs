using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.Intake;

/// <summary>
/// The whole intake with the real network inventory, as the host composes it. The inventory's own
/// wording is pinned by the network engineer's tests; here only the hand-over is checked.
/// </summary>
public class IntakeWithNetworkInventoryTests
{
    [Fact]
    public async Task Welcome_to_submission_through_the_real_network_inventory()
    {
        var driver = new ConversationDriver(GesprekBotDialogs.CreateEngine(new FakeTimeProvider(IntakeScript.Start)));
        await driver.StartAsync();
        string[] intake =
        [
            "ja", "Sam", "ik voel me alleen", "meer buiten komen", "ja", "ik ben uitgerust", "ik lach", "ik sta vroeg op", "ik ga wandelen",
            "ze zijn blij", "ze lachen", "4", "ik wandel", "elke dag buiten", "ik werk in een tuin", "een cursus", "ik ging sporten", "bellen",
        ];
        foreach (var answer in intake)
        {
            await driver.SayAsync(answer);
        }

        var network = await driver.SayAsync("mijn zus Lies");
        Assert.Equal("Stap 6 van 8: de mensen rondom jou.", network[0]);

        // Say yes to Lies when she is proposed, no to any other proposal, nobody else, then close.
        var replies = network;
        for (var turn = 0; turn < 40 && !replies.Contains("Klopt dit?"); turn++)
        {
            var last = replies[^1];
            replies = await driver.SayAsync(
                last.Contains("Hoort Lies", StringComparison.Ordinal) ? "ja"
                : last.Contains("Hoort", StringComparison.Ordinal) ? "nee"
                : last.Contains("Hoe dichtbij", StringComparison.Ordinal) ? "heel dichtbij"
                : last.Contains("Wat doet", StringComparison.Ordinal) ? "de rest later"
                : last.Contains("tevreden", StringComparison.Ordinal) ? "8"
                : last.Contains("dieren", StringComparison.Ordinal) ? "nee"
                : "niemand");
        }

        Assert.Contains("Stap 7 van 8: samenvatting.", replies);
        Assert.Contains(replies, r => r.Contains("- Mensen rondom jou: ", StringComparison.Ordinal) && r.Contains("Lies", StringComparison.Ordinal));
        // "terug" at the summary reopens the inventory at its last question instead of starting it over.
        var back = await driver.SayAsync("terug");
        Assert.Contains(back, r => r.Contains("tevreden", StringComparison.Ordinal));
        replies = await driver.SayAsync("9");
        Assert.Equal("Klopt dit?", replies[^1]);

        var submitted = await driver.SayAsync("ja");
        Assert.Contains(submitted, r => r.StartsWith("Klaar! Je code is ", StringComparison.Ordinal));
        Assert.Equal(["Dank je wel voor je antwoorden. Tot ziens!"], await driver.SayAsync("nee"));
        Assert.True(driver.Last!.ConversationEnded);

        var record = driver.State.Record()!;
        Assert.Equal(IntakeStatus.Submitted, record.Status);
        var lies = Assert.Single(record.Network!.Members);
        Assert.Equal(1, lies.Ring);
        Assert.Equal(9, record.Network.Satisfaction);
        Assert.NotEmpty(record.RadioSuggestions);
    }
}
