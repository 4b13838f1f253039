using GesprekBot.Dialogs.Network;
using GesprekBot.Language;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

/// <summary>
/// The client walk's member defects (findings H7, H8, H10; transcripts s01, s06, s07, s08, s13, s14) as
/// transcripts through the real engine: one person is one node, roles come from the words and from the
/// domain being asked about, and a reply to "Wie is X voor jou?" that names new people adds them.
/// </summary>
public class InventoryOneNodeTranscriptTests
{
    [Fact]
    public async Task S01_a_caseworker_named_after_her_role_is_one_member_and_not_asked_about()
    {
        var map = await InDomain(6, "mijn begeleider van het CAW, da is ilse. en de dokter", "Ik schrijf op: Ilse en de dokter.");

        Assert.Equal([("Ilse", "begeleider", LifeDomain.Professional), (null, "huisarts", LifeDomain.Professional)],
            map.Members.Select(m => (m.Name, m.Role, m.Domain)));
    }

    [Fact]
    public async Task S08_a_title_and_a_name_after_a_role_are_the_same_person()
    {
        var map = await InDomain(5, "de juf van Emma, juf Ann, en de huisarts dokter Peeters", "Ik schrijf op: Ann en Peeters.");

        Assert.Equal([("Ann", "leerkracht"), ("Peeters", "huisarts")], map.Members.Select(m => (m.Name, m.Role)));
    }

    [Fact]
    public async Task S01_names_given_for_friends_are_friends_without_a_role_question()
    {
        var map = await InDomain(2, "jens en dries van de voetbal, en mijn beste maat kenny", "Ik schrijf op: Jens, Dries en Kenny.");

        Assert.All(map.Members, m => Assert.Equal(("vriend", LifeDomain.Friends), (m.Role, m.Domain)));
    }

    [Fact]
    public async Task S08_a_sentence_starting_with_verder_adds_no_one_called_verder()
    {
        var map = await InDomain(2,
            "Sofie is mijn beste vriendin sinds de middelbare school, maar ik heb haar een beetje laten vallen de laatste maanden. " +
            "Verder heb ik niet veel vrienden meer sinds de scheiding, veel gemeenschappelijke vrienden kozen voor hem.",
            "Ik schrijf op: Sofie");

        Assert.DoesNotContain(map.Members, m => m.Label.Contains("Verder", StringComparison.Ordinal));
        Assert.DoesNotContain(map.Members, m => m.Role == "school");
        Assert.Equal(("Sofie", "vriendin"), (map.Members[0].Name, map.Members[0].Role));
    }

    [Fact]
    public async Task S14_me_brur_kevin_is_a_brother_and_not_asked_about()
    {
        var map = await InDomain(1, "mijn mamaa en me brur kevin", "Ik schrijf op: mamaa en Kevin.");

        Assert.Equal([("moeder", null), ("broer", "Kevin")], map.Members.Select(m => (m.Role, m.Name)));
    }

    [Fact]
    public async Task S14_a_reply_to_the_role_question_that_names_someone_new_adds_them()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .Answer("kevin", "Ik schrijf op: Kevin.", "Wie is Kevin voor jou?")
            .Answer("mijn vrind jonas", "Ik schrijf op: Jonas.", "(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(RingsIntro)
            .BotSaysAnything()
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .Answer("7", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal([("Kevin", null, LifeDomain.Family), ("Jonas", "vriend", LifeDomain.Friends)],
            map!.Members.Select(m => (m.Name, m.Role, m.Domain)));
    }

    [Fact]
    public async Task S13_meneer_at_school_is_a_teacher_and_not_asked_about()
    {
        var map = await InDomain(4, "de leerkrachten zijn kut behalve meneer Ali", "Ik schrijf op: de leerkrachten en Ali.");

        Assert.Equal([(null, "leerkracht"), ("Ali", "leerkracht")], map.Members.Select(m => (m.Name, m.Role)));
    }

    [Fact]
    public async Task S13_online_game_friends_are_one_group()
    {
        var map = await InDomain(6, "mijn gamevrienden online", "Ik schrijf op: gamevrienden online.");

        Assert.Equal(LifeDomain.Online, Assert.Single(map.Members).Domain);
    }

    [Fact]
    public async Task S13_a_guardian_and_a_consultant_are_both_kept()
    {
        var map = await InDomain(6, "de opvoeders van de leefgroep, mn consulent van de jeugdrechtbank en mijn voogd", "voogd");

        Assert.Equal(["opvoeder", "begeleider", "voogd"], map.Members.Select(m => m.Role));
    }

    [Fact]
    public async Task S07_english_family_members_are_all_written_down_without_a_role_question()
    {
        var map = await InDomain(1, "my mom in Ghana, my uncle Kofi and my little brother", "I am writing down: mom, Kofi and little brother.", english: true);

        Assert.Equal([("moeder", null), ("oom", "Kofi"), ("broer", null)], map.Members.Select(m => (m.Role, m.Name)));
    }

    [Fact]
    public async Task S07_english_groups_and_professionals_are_recognised()
    {
        var map = await InDomain(6, "the social worker at the OCMW and my lawyer", "I am writing down:", english: true);

        Assert.Equal(["maatschappelijk werker", "advocaat"], map.Members.Select(m => m.Role));
    }

    [Fact]
    public async Task S07_people_from_church_are_a_group_of_their_faith()
    {
        var map = await InDomain(5, "people from church", "I am writing down:", english: true);

        var church = Assert.Single(map.Members);
        Assert.Equal(("kerk", LifeDomain.Belief), (church.Role, church.Domain));
    }

    [Fact]
    public async Task S03_S04_wishes_objects_and_adverbs_from_earlier_answers_are_not_proposed()
    {
        await InventoryHost.Start("nl-BE", "ik zoek een kot, ik moet uit de jeugdhulp want ik word 18",
                "een eigen studio en iemand die helpt met het leefloon", "ze zouden vaker op bezoek komen")
            .BotSaysContaining(Intro)
            .BotSays("Je noemde eerder de jeugdhulp. Hoort de jeugdhulp in je netwerk?")
            .UserSays("nee")
            .BotSaysContaining(Family)
            .AssertAsync();
    }

    [Fact]
    public async Task S07_english_earlier_answers_propose_people_not_papers_countries_or_articles()
    {
        await InventoryHost.Start("en-GB", "I just moved to Belgium and I don't know anyone, I need help with papers",
                "if I have an appointment at the commune", "my neighbour Marie and the social worker")
            .BotSaysContaining("Now we will make a map")
            .BotSays("(1/2) Earlier you mentioned Marie. Does Marie belong in your network?")
            .AssertAsync();
    }

    /// <summary>Answers "niemand" up to domain <paramref name="domain"/>, says <paramref name="answer"/> there, then ends the inventory.</summary>
    private static async Task<NetworkMap> InDomain(int domain, string answer, string written, bool english = false)
    {
        var nobody = english ? "nobody" : "niemand";
        NetworkMap? map = null;
        var test = InventoryHost.Start(english ? "en-GB" : "nl-BE").BotSaysAnything().BotSaysAnything();
        for (var i = 1; i < domain; i++)
        {
            test.UserSays(nobody).BotSaysContaining($"({i + 1}/7)");
        }

        test.UserSays(answer).BotSaysContaining(written);
        if (domain < 7)
        {
            test.BotSaysContaining($"({domain + 1}/7)");
        }

        for (var i = domain + 1; i <= 7; i++)
        {
            test.UserSays(nobody);
            if (i < 7)
            {
                test.BotSaysContaining($"({i + 1}/7)");
            }
        }

        await test.BotSaysAnything().BotSaysAnything()
            .Answer(english ? "the rest later" : "de rest later", english ? "animals or places" : Animals)
            .Answer(english ? "no" : "nee", english ? "in your life" : Wishes)
            .Answer(nobody, english ? "How happy" : Satisfaction)
            .UserSays("7")
            .BotSaysAnything()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();
        return map!;
    }
}
