using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Network;
using GesprekBot.Language;
using static GesprekBot.Dialogs.Tests.NetworkInventory.InventoryTranscriptSteps;

namespace GesprekBot.Dialogs.Tests.NetworkInventory;

public class InventoryDetailTranscriptTests
{
    /// <summary>Mama and Tom named under family, the other domains empty, up to the first ring question.</summary>
    private static TranscriptTest MamaAndTom(string locale = "nl-BE") =>
        InventoryHost.Start(locale)
            .Opening()
            .UserSays("mijn mama en mijn broer Tom")
            .BotSays("Ik schrijf op: mama en Tom.")
            .BotSaysContaining("(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(RingsIntro)
            .BotSays("(1/2) Hoe dichtbij staat mama bij jou?");

    [Fact]
    public async Task De_rest_later_stops_the_detail_questions_and_keeps_what_is_known()
    {
        NetworkMap? map = null;
        await MamaAndTom()
            .Row("heel dichtbij", "(2/2) Hoe dichtbij staat Tom bij jou?")
            .Answer("2", DetailsIntro, "(1/2) Wat doet mama voor jou?")
            .Row("praktische hulp", "En wat doe jij voor mama?")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", "wie kent wie", "Kent Tom mama?")
            .Answer("weet ik niet", Satisfaction)
            .UserSays("7")
            .BotSaysAnything()
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal((1, 2), (map!.Members[0].Ring, map.Members[1].Ring));
        Assert.Equal([SupportType.Practical], map.Members[0].SupportReceived);
        Assert.Null(map.Members[0].Frequency);
        Assert.Null(map.Members[1].Quality);
        Assert.Empty(map.Ties);
    }

    [Fact]
    public async Task Typos_in_the_buttons_words_are_understood()
    {
        NetworkMap? map = null;
        await MamaAndTom()
            .Row("heel dichbij", "(2/2) Hoe dichtbij staat Tom bij jou?")
            .Answer("dichtbj", DetailsIntro, "(1/2) Wat doet mama voor jou?")
            .Row("emotionele stuen en praktise hulp", "En wat doe jij voor mama?")
            .Row("gezelschp", "Hoe vaak heb je contact met mama?")
            .Row("wekelijk", "Hoe gaat het tussen jou en mama?")
            .Row("moeilik", "Wat wil je met mama?")
            .Row("uitpraten", "(2/2) Wat doet Tom voor jou? Je mag meer dan één kiezen.")
            .Answer("De rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", "wie kent wie", "Kent Tom mama?")
            .Answer("jaa", Satisfaction)
            .Answer("acht", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        var mama = map!.Members[0];
        Assert.Equal((1, ContactFrequency.Weekly, RelationQuality.Difficult, RadioMove.Unblock), (mama.Ring, mama.Frequency, mama.Quality, mama.Wish));
        Assert.Equal([SupportType.Emotional, SupportType.Practical], mama.SupportReceived);
        Assert.Equal([SupportType.Companionship], mama.SupportGiven);
        Assert.Equal(2, map.Members[1].Ring);
        Assert.Single(map.Ties);
        Assert.Equal(8, map.Satisfaction);
    }

    [Fact]
    public async Task After_three_unclear_answers_the_bot_moves_on_and_keeps_the_words()
    {
        NetworkMap? map = null;
        await MamaAndTom()
            .Row("pfff", "Kies een cirkel voor mama: 1 is heel dichtbij, 4 is ver weg. Je mag ook een cijfer typen.")
            .BotOffers("Heel dichtbij", "Dichtbij", "Wat verder", "Ver weg")
            .Row("dat is ingewikkeld", "Kies een cirkel voor mama: 1 is heel dichtbij, 4 is ver weg. Je mag ook een cijfer typen.")
            .Row("soms wel soms niet", "(2/2) Hoe dichtbij staat Tom bij jou?")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .Answer("5", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        var mama = map!.Members[0];
        Assert.Null(mama.Ring);
        Assert.Equal("soms wel soms niet", mama.Note);
        Assert.Equal(new NetworkNote($"Ring:{mama.Id}", "soms wel soms niet", mama.Id), Assert.Single(map.Notes));
    }

    [Fact]
    public async Task Unrecognised_people_are_kept_as_a_note_after_three_tries()
    {
        NetworkMap? map = null;
        await InventoryHost.Start()
            .Opening()
            .Answer("euh", "Ik heb niemand herkend.")
            .Answer("die van de hoek", "Ik heb niemand herkend.")
            .Answer("die van de hoek met de fiets", "(2/7)")
            .NobodyInOtherDomains()
            .BotSaysContaining(Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .Answer("3", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Empty(map!.Members);
        Assert.Equal(new NetworkNote("Domain:Family", "die van de hoek met de fiets"), Assert.Single(map.Notes));
    }

    [Fact]
    public async Task Terug_returns_to_the_previous_question_with_its_answer_undone()
    {
        NetworkMap? map = null;
        await MamaAndTom()
            .Row("ver weg", "(2/2) Hoe dichtbij staat Tom bij jou?")
            .Row("terug", "(1/2) Hoe dichtbij staat mama bij jou?")
            .Row("heel dichtbij", "(2/2) Hoe dichtbij staat Tom bij jou?")
            .Answer("de rest later", Animals)
            .Row("terug", "(2/2) Hoe dichtbij staat Tom bij jou?")
            .Answer("de rest later", Animals)
            .Answer("nee", Wishes)
            .Answer("niemand", Satisfaction)
            .Answer("6", "Je kaart is klaar.")
            .Then((result, _) => map = InventoryHost.Map(result))
            .AssertAsync();

        Assert.Equal((1, (int?)null), (map!.Members[0].Ring, map.Members[1].Ring));
    }

    [Fact]
    public async Task English_locale_gets_english_questions_and_buttons()
    {
        await InventoryHost.Start("en-US")
            .BotSaysContaining("Now we will make a map of the people around you together.")
            .BotSaysContaining("(1/7) Family. Who belongs there?")
            .BotOffers("Nobody")
            .Answer("mijn mama", "I am writing down: mama.", "(2/7) Friends.")
            .NobodyInOtherDomains()
            .BotSaysContaining("how close they are to you")
            .BotSays("How close is mama to you?")
            .BotOffers("Very close", "Close", "A bit further", "Far away")
            .Answer("1", "Now a few questions per person.", "What does mama do for you?")
            .AssertAsync();
    }
}
