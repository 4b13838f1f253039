using GesprekBot.Dialogs.Network;
using GesprekBot.Language;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryHappyPathTests
{
    [Fact]
    public async Task A_small_network_is_mapped_domain_by_domain_then_per_member_and_returned_as_a_map()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .UserSays("mijn mama en mijn broer Tom")
            .BotSays("Ik schrijf op: mama en Tom.")
            .BotSaysContaining("(2/7) Vrienden.")
            .UserSays("Els")
            .BotSays("Ik schrijf op: Els.")
            // Named for Vrienden, Els is a friend: no "Wie is Els voor jou?" (issue 11).
            .BotSaysContaining("(3/7) Buurt.")
            .NobodyInOtherDomains(from: 3)
            .BotSaysContaining(RingsIntro)
            .BotSays("(1/3) Hoe dichtbij staat mama bij jou?")
            .BotOffers("Heel dichtbij", "Dichtbij", "Wat verder", "Ver weg")
            .Row("heel dichtbij", "(2/3) Hoe dichtbij staat Tom bij jou?")
            .Row("Dichtbij", "(3/3) Hoe dichtbij staat Els bij jou?")
            .UserSays("3")
            .BotSaysContaining(DetailsIntro)
            .BotSays("(1/3) Wat doet mama voor jou? Je mag meer dan één kiezen.")
            .BotOffers("Emotionele steun", "Praktische hulp", "Gezelschap en ontspanning", "Advies en informatie", "Geen", "De rest later")
            .Row("emotionele steun en praktische hulp", "En wat doe jij voor mama?")
            .Row("Gezelschap en ontspanning", "Hoe vaak heb je contact met mama?")
            .BotOffers("Dagelijks", "Wekelijks", "Maandelijks", "Enkele keren per jaar", "(Bijna) nooit", "De rest later")
            .Row("elke dag", "Hoe gaat het tussen jou en mama?")
            .BotOffers("Goed", "Gemengd", "Moeilijk", "De rest later")
            .Row("Goed", "Wat wil je met mama?")
            .BotOffers("Zo houden", "Meer of vaker contact", "Terug meer contact, zoals vroeger", "Iets samen doen of om hulp vragen",
                "Iets uitpraten of oplossen", "Geen wens", "De rest later")
            .Row("Zo houden", "(2/3) Wat doet Tom voor jou? Je mag meer dan één kiezen.")
            .Row("advies", "En wat doe jij voor Tom?")
            .Row("Geen", "Hoe vaak heb je contact met Tom?")
            .Row("om de twee weken", "Hoe gaat het tussen jou en Tom?")
            .Row("moeilijk", "Wat wil je met Tom?")
            .Row("Iets uitpraten of oplossen", "(3/3) Wat doet Els voor jou? Je mag meer dan één kiezen.")
            .Row("gezelschap", "En wat doe jij voor Els?")
            .Row("gezelschap", "Hoe vaak heb je contact met Els?")
            .Row("Maandelijks", "Hoe gaat het tussen jou en Els?")
            .Row("Goed", "Wat wil je met Els?")
            .UserSays("Meer of vaker contact")
            .BotSaysContaining(Animals)
            .BotOffers("Nee")
            .Row("mijn hond Max", "Ik schrijf op: Max.", "Hoe dichtbij staat Max bij jou?")
            .UserSays("Heel dichtbij")
            .BotSaysContaining(Wishes)
            .UserSays("ik zou mijn papa graag terug zien")
            .BotSays("Ik noteer je wens.")
            .BotSays("Nog iets over de mensen die dicht bij je staan: wie kent wie?")
            .BotSays("Kent Tom mama?")
            .BotOffers("Ja", "Nee", "Weet ik niet")
            .UserSays("ja")
            .BotSaysContaining(Satisfaction)
            .UserSays("7")
            .BotSays("Dank je wel! Je kaart is klaar. Er staan 4 mensen, dieren of plekken op.")
            .ConversationEnds()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.NotNull(map);
        Assert.Equal(AnsweredBy.Client, map.FilledInBy);
        Assert.Equal(InventoryHost.Now, map.CompletedAt);
        Assert.Equal(NetworkMap.CurrentSchemaVersion, map.SchemaVersion);
        Assert.Equal(["mama", "Tom", "Els", "Max", "papa"], map.Members.Select(NetworkWording.Display));

        var mama = map.Members[0];
        Assert.Equal(("moeder", LifeDomain.Family, 1), (mama.Role, mama.Domain, mama.Ring));
        Assert.Equal([SupportType.Emotional, SupportType.Practical], mama.SupportReceived);
        Assert.Equal([SupportType.Companionship], mama.SupportGiven);
        Assert.Equal((ContactFrequency.Daily, RelationQuality.Good, RadioMove.Maintain), (mama.Frequency, mama.Quality, mama.Wish));

        var tom = map.Members[1];
        Assert.Equal(("broer", "Tom", 2), (tom.Role, tom.Name, tom.Ring));
        Assert.Equal([SupportType.Advice], tom.SupportReceived);
        Assert.Empty(tom.SupportGiven);
        Assert.Equal((ContactFrequency.Weekly, RelationQuality.Difficult, RadioMove.Unblock), (tom.Frequency, tom.Quality, tom.Wish));

        var els = map.Members[2];
        Assert.Equal(("vriend", LifeDomain.Friends, 3), (els.Role, els.Domain, els.Ring));
        Assert.Equal((ContactFrequency.Monthly, RelationQuality.Good, RadioMove.Intensify), (els.Frequency, els.Quality, els.Wish));

        var max = map.Members[3];
        Assert.Equal((MemberKind.Animal, 1), (max.Kind, max.Ring));

        var papa = map.Members[4];
        Assert.True(papa.IsWished);
        Assert.Null(papa.Ring);
        Assert.Equal(["ik zou mijn papa graag terug zien"], map.Wishes);

        Assert.Equal([new NetworkTie(mama.Id, tom.Id)], map.Ties);
        Assert.Equal(7, map.Satisfaction);
        Assert.Empty(map.Notes);
    }
}
