using GesprekBot.Dialogs.Network;
using GesprekBot.Language;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryMemberTranscriptTests
{
    [Fact]
    public async Task Several_members_in_one_sentence_are_all_written_down()
    {
        await InventoryHost.Start()
            .Opening()
            .UserSays("mijn mama, mijn broer Tom en de buurvrouw")
            .BotSays("Ik schrijf op: mama, Tom en de buurvrouw.")
            .BotSaysContaining("(2/7) Vrienden.")
            .AssertAsync();
    }

    [Fact]
    public async Task A_bare_name_is_asked_about_and_weet_ik_niet_keeps_the_domain_it_was_named_in()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .UserSays("els")
            .BotSays("Ik schrijf op: Els.")
            .BotSays("Wie is Els voor jou?")
            .UserSays("weet ik niet")
            .BotSaysContaining("(2/7) Vrienden.")
            .NobodyInOtherDomains()
            .BotSaysContaining(RingsIntro)
            .BotSays("Hoe dichtbij staat Els bij jou?")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .UserSays("overslaan")
            .BotSaysContaining("Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        var els = Assert.Single(map!.Members);
        Assert.Equal(("Els", null, LifeDomain.Family, null), (els.Name, els.Role, els.Domain, els.Ring));
        Assert.Null(map.Satisfaction);
    }

    [Fact]
    public async Task A_role_can_be_typed_instead_of_pressed()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .UserSays("Jan")
            .BotSays("Ik schrijf op: Jan.")
            .BotSays("Wie is Jan voor jou?")
            .UserSays("mijn nonkel")
            .BotSaysContaining("(2/7)")
            .NobodyInOtherDomains()
            .BotSaysAnything()
            .BotSaysAnything()
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .UserSays("8")
            .BotSaysAnything()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal(("Jan", "oom"), (map!.Members[0].Name, map.Members[0].Role));
    }

    [Fact]
    public async Task People_named_earlier_are_proposed_not_added_silently()
    {
        NetworkMap? map = null;
        await InventoryHost.Start("nl-BE", "Ik praat soms met Tom.", "Mijn zus helpt me met de papieren.")
            .BotSaysContaining(Intro)
            .BotSays("(1/2) Je noemde eerder Tom. Hoort Tom in je netwerk?")
            .BotOffers("Ja", "Nee")
            .Row("ja", "Ik schrijf op: Tom.", "Wie is Tom voor jou?")
            .Row("mijn neef", "(2/2) Je noemde eerder zus. Hoort zus in je netwerk?")
            .UserSays("nee")
            .BotSaysContaining(Family)
            .UserSays("Tom")
            .BotSays("Ik schrijf op: Tom.")
            .BotSaysContaining("(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(RingsIntro)
            .BotSays("Hoe dichtbij staat Tom bij jou?")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .UserSays("5")
            .BotSaysAnything()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        var tom = Assert.Single(map!.Members);
        Assert.Equal(("Tom", "neef", LifeDomain.Family), (tom.Name, tom.Role, tom.Domain));
    }

    [Fact]
    public async Task Niemand_everywhere_gives_an_empty_map_without_member_questions()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .UserSays("niemand")
            .BotSaysContaining("(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(Animals)
            .Answer("Nee", Wishes)
            .Answer("Niemand", Satisfaction)
            .UserSays("2")
            .BotSays("Dank je wel! Je kaart is klaar. Er staan 0 mensen, dieren of plekken op.")
            .ConversationEnds()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Empty(map!.Members);
        Assert.Empty(map.Wishes);
        Assert.Equal(2, map.Satisfaction);
    }

    [Fact]
    public async Task The_same_person_named_twice_is_on_the_map_once()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .UserSays("mijn mama en mijn broer Tom")
            .BotSaysAnything()
            .BotSaysContaining("(2/7)")
            .UserSays("tom")
            .BotSays("Ik schrijf op: Tom.")
            .BotSaysContaining("(3/7)")
            .NobodyInOtherDomains(from: 3)
            .BotSaysContaining(RingsIntro)
            .BotSaysContaining("mama")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("mijn mama", "Ik noteer je wens.", Satisfaction)
            .UserSays("6")
            .BotSaysAnything()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal(["mama", "Tom"], map!.Members.Select(NetworkWording.Display));
        Assert.True(map.Members[0].IsWished);
    }

    [Fact]
    public async Task Someone_the_client_no_longer_sees_is_kept_as_a_faded_contact()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .Answer("mijn mama en mijn papa, maar papa zie ik niet meer", "Ik schrijf op: mama en papa.", "(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(RingsIntro)
            .BotSaysContaining("mama")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .Answer("4", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal([null, ContactFrequency.Never], map!.Members.Select(m => m.Frequency));
    }

    [Fact]
    public async Task A_wish_for_someone_new_is_kept_in_words_without_an_unnamed_member()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .Answer("niemand", "(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(Animals)
            .Answer("nee", Wishes)
            .Answer("iemand om mee te wandelen", "Ik noteer je wens.", Satisfaction)
            .Answer("3", "Er staan 0 mensen")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Empty(map!.Members);
        Assert.Equal(["iemand om mee te wandelen"], map.Wishes);
    }
}
