using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.Consent;

/// <summary>Questions at the consent step get an answer and the question again (client-walk H2, s10, s09).</summary>
public class ConsentQuestionsTranscriptTests
{
    internal const string AskAgain = "Mag ik je antwoorden bewaren? Je mag ook nog iets vragen.";
    internal const string WhoReads = "Alleen de hulpverleners van de dienst waar je hulp vraagt, bijvoorbeeld het CAW. Zij lezen je antwoorden om je gesprek voor te bereiden. Ik geef ze aan niemand anders.";

    internal static TranscriptTest Start(string locale = "nl-BE", IntakeOptions? options = null) =>
        new TranscriptTest(GesprekBotDialogs.CreateEngine(new FakeTimeProvider(IntakeScript.Start), options ?? new IntakeOptions(), new StandInNetworkDialog()))
            .WithLocale(locale)
            .StartConversation()
            .BotSaysAnything()
            .BotSaysAnything()
            .BotSaysAnything();

    [Fact]
    public async Task The_questions_of_s10_are_answered_and_the_client_can_still_say_yes()
    {
        var state = await Start()
            .UserSays("wie leest dit?")
            .BotSays(WhoReads)
            .BotSays(AskAgain)
            .BotOffers("Ja", "Nee")
            .UserSays("en wat gebeurt er met mijn gegevens?")
            .BotSays("Ik leg het kort uit. Alleen de hulpverleners van de dienst waar je hulp vraagt lezen je antwoorden. Ze staan versleuteld op de server van die dienst. Stop je voor het einde? Dan wis ik ze na 30 dagen. Je kan altijd vragen om alles te wissen. Typ dan: wis mijn gegevens.")
            .BotSays(AskAgain)
            .UserSays("waarom moet dat bewaard worden")
            .BotSays("Zo kan je hulpverlener je antwoorden lezen voor jullie eerste gesprek. Dan moet je niet alles opnieuw vertellen.")
            .BotSays(AskAgain)
            .UserSays("ja hoor")
            .BotSays("Dank je wel. Dan beginnen we.")
            .BotSaysAnything().BotSaysAnything().BotSaysAnything()
            .AssertAsync();

        Assert.NotNull(state.Record());
    }

    [Theory]
    [InlineData("wie mag dit lezen?", WhoReads)]
    [InlineData("Wie leest dit?", WhoReads)]
    [InlineData("wie krijgt dit te zien", WhoReads)]
    [InlineData("ja maar wie leest dit?", WhoReads)]
    [InlineData("waar worden mijn gegevens bewaard", "Je antwoorden staan op de eigen server van die dienst.")]
    [InlineData("is dat wel veilig", "Ze zijn versleuteld")]
    [InlineData("hoe lang bewaren jullie dat", "Stop je voor het einde? Dan wis ik je antwoorden na 30 dagen. Stuur je alles door? Dan blijven je antwoorden bewaard tot je hulpverlener ze wist.")]
    [InlineData("Hoe lang?", "na 30 dagen")]
    [InlineData("kan ik het later wissen", "Je kan altijd vragen om alles te wissen, ook later. Typ dan: wis mijn gegevens.")]
    [InlineData("Wissen?", "Typ dan: wis mijn gegevens.")]
    [InlineData("ben jij een robot?", "Ik ben een computerprogramma, geen mens.")]
    [InlineData("kan ik met een echte mens praten?", "geen mens")]
    [InlineData("moet ik dit invullen?", "Nee, het moet niet. Jij kiest.")]
    [InlineData("hoe lang duurt dit nog?", "Meestal duurt het een half uur tot een uur.")]
    [InlineData("waarom?", "Dan moet je niet alles opnieuw vertellen.")]
    [InlineData("mijn gegevens", "Ik leg het kort uit.")]
    public async Task A_question_gets_its_answer_then_the_consent_question_again(string question, string answer)
    {
        var state = await Start()
            .UserSays(question)
            .BotSaysContaining(answer)
            .BotSays(AskAgain)
            .Then((result, _) => Assert.False(result.ConversationEnded))
            .AssertAsync();

        Assert.Null(state.Record());
    }

    [Fact]
    public async Task How_long_comes_from_the_retention_setting()
    {
        await Start(options: new IntakeOptions { Retention = TimeSpan.FromDays(14) })
            .UserSays("hoe lang wordt dit bewaard?")
            .BotSaysContaining("Dan wis ik je antwoorden na 14 dagen.")
            .BotSays(AskAgain)
            .AssertAsync();
    }

    [Theory]
    [InlineData("who can see my answers?", "Only the social workers of the service where you ask for help, for example the CAW.")]
    [InlineData("how long do you keep it?", "Then I delete your answers after 30 days.")]
    [InlineData("can I delete it later", "Then type: delete my data.")]
    [InlineData("are you a robot?", "I am a computer program, not a person.")]
    [InlineData("why do you need this", "So you do not have to tell it all again.")]
    public async Task English_questions_get_english_answers(string question, string answer)
    {
        await Start("en-GB")
            .UserSays(question)
            .BotSaysContaining(answer)
            .BotSays("May I keep your answers? You may also ask something else.")
            .BotOffers("Yes", "No")
            .AssertAsync();
    }
}
