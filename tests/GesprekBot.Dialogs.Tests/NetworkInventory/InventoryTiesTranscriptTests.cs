using GesprekBot.Dialogs.Network;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryTiesTranscriptTests
{
    [Fact]
    public async Task Who_knows_whom_is_asked_per_inner_member_about_the_ones_after_it()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .Answer("mijn mama, mijn broer Tom en mijn zus Els", "Ik schrijf op: mama, Tom en Els.", "(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(RingsIntro)
            .BotSays("(1/3) Hoe dichtbij staat mama bij jou?")
            .Row("1", "(2/3) Hoe dichtbij staat Tom bij jou?")
            .Row("1", "(3/3) Hoe dichtbij staat Els bij jou?")
            .Answer("2", DetailsIntro, "(1/3) Wat doet mama voor jou?")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", "wie kent wie")
            .BotSays("(1/2) Wie van hen kent mama? Je mag meer dan één kiezen.")
            .BotOffers("Tom", "Els", "Niemand van hen", "Weet ik niet")
            .Row("tom en els", "(2/2) Kent Els Tom?")
            .BotOffers("Ja", "Nee", "Weet ik niet")
            .Answer("nee", Satisfaction)
            .Answer("6", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal([new NetworkTie("m1", "m2"), new NetworkTie("m1", "m3")], map!.Ties);
    }
}
