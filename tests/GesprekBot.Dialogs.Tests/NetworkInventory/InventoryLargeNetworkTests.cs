using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Network;
using GesprekBot.Dialogs.NetworkInventory;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryLargeNetworkTests
{
    private const string MoreDetails = "Je hebt al veel verteld. Wil je ook vragen over de andere mensen beantwoorden?";

    /// <summary>Nine people, all "dichtbij", then details for the first eight, up to the question whether to go on.</summary>
    private static TranscriptTest NineInDetail()
    {
        var test = InventoryHost.Start()
            .Opening()
            .Answer("mijn mama, mijn papa, mijn broer Tom, mijn zus Els, mijn oma, mijn opa, mijn tante An, mijn nonkel Jan", "Ik schrijf op:", "(2/7)")
            .Answer("mijn vriend Ali", "Ik schrijf op: Ali.", "(3/7)")
            .NobodyInOtherDomains(from: 3)
            .BotSaysContaining(RingsIntro);
        for (var i = 1; i <= 9; i++)
        {
            test.BotSaysContaining($"({i}/9) Hoe dichtbij").UserSays("dichtbij");
        }

        test.BotSaysContaining(DetailsIntro);
        for (var i = 1; i <= InventoryPlanner.DetailCap; i++)
        {
            test.BotSaysContaining($"({i}/8) Wat doet")
                .Answer("geen", "En wat doe jij")
                .Answer("geen", "Hoe vaak")
                .Answer("wekelijks", "Hoe gaat het")
                .Answer("goed", "Wat wil je")
                .UserSays("zo houden");
        }

        return test.BotSays(MoreDetails).BotOffers("Ja", "De rest later");
    }

    [Fact]
    public async Task After_eight_people_the_client_chooses_to_stop_and_the_ninth_keeps_only_a_ring()
    {
        NetworkMap? map = null;
        await NineInDetail()
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", "wie kent wie", "(1/5) Wie van hen kent mama?")
            .Answer("weet ik niet", "(2/5)")
            .Answer("niemand van hen", "(3/5)")
            .Answer("overslaan", "(4/5)")
            .Answer("weet ik niet", "(5/5) Kent opa oma?")
            .Answer("ja", Satisfaction)
            .Answer("7", "Er staan 9 mensen")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.All(map!.Members.Take(8), m => Assert.Equal(RadioMove.Maintain, m.Wish));
        var ali = map.Members[8];
        Assert.Equal((2, (RadioMove?)null), (ali.Ring, ali.Wish));
        Assert.Single(map.Ties);
    }

    [Fact]
    public async Task After_eight_people_the_client_may_go_on_about_the_others()
    {
        await NineInDetail()
            .Answer("ja", "(9/9) Wat doet Ali voor jou?")
            .AssertAsync();
    }
}
