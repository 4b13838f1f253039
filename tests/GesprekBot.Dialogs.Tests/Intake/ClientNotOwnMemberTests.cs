using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.Intake;

/// <summary>s09: "Kim", the client, typed again as a first answer, came back as "Je noemde eerder Kim. Hoort Kim in je netwerk?".</summary>
public class ClientNotOwnMemberTests
{
    [Fact]
    public async Task The_name_the_client_gave_is_not_proposed_as_a_member_with_the_real_inventory()
    {
        var driver = new ConversationDriver(GesprekBotDialogs.CreateEngine(new FakeTimeProvider(IntakeScript.Start)));
        await driver.StartAsync();
        await driver.SayAsync("ja");
        Assert.Contains("Fijn je te leren kennen, Kim.", await driver.SayAsync("ik ben kim"));
        string[] intake =
        [
            "Kim", "hulp met mijn papieren", "ja", "ik ben uitgerust", "ik lach", "ik sta vroeg op", "ik ga wandelen",
            "ze zijn blij", "ze lachen", "4", "ik wandel", "elke dag buiten", "ik werk in een tuin", "een cursus", "ik ging sporten", "bellen",
        ];
        foreach (var answer in intake)
        {
            await driver.SayAsync(answer);
        }

        var replies = (await driver.SayAsync("mijn zus Lies")).ToList();
        Assert.Equal("Stap 6 van 8: de mensen rondom jou.", replies[0]);
        // Every proposal of an earlier mention, answered "nee" to see the next.
        var proposals = new List<string>();
        for (var turn = 0; turn < 8 && replies[^1].Contains("Je noemde eerder", StringComparison.Ordinal); turn++)
        {
            proposals.Add(replies[^1]);
            replies = [.. await driver.SayAsync("nee")];
        }

        Assert.Contains(proposals, p => p.Contains("Lies", StringComparison.Ordinal));
        Assert.DoesNotContain(proposals, p => p.Contains("Kim", StringComparison.Ordinal));
        Assert.Equal("Kim", driver.State.Record()?.PreferredName);
    }
}
