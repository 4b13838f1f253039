using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Engine.Testing;
using GesprekBot.Dialogs.Intake;
using Microsoft.Extensions.Time.Testing;

namespace GesprekBot.Dialogs.Tests.Support;

/// <summary>Shared openings of intake transcripts, so each test shows only what it is about.</summary>
internal static class IntakeScript
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static DialogEngine Engine(TimeProvider? time = null) =>
        GesprekBotDialogs.CreateEngine(time ?? new FakeTimeProvider(Start), new IntakeOptions(), new StandInNetworkDialog());

    /// <summary>Welcome, consent "ja", name "Sam": ends waiting for "Wat brengt je hier?".</summary>
    public static TranscriptTest ToQuestionBehindQuestion(this TranscriptTest test) => test
        .StartConversation()
        .BotSaysContaining("Hallo, ik ben GesprekBot.")
        .BotSaysContaining("112")
        .BotSaysContaining("Mag ik je antwoorden bewaren?")
        .UserSays("ja")
        .BotSays("Dank je wel. Dan beginnen we.")
        .BotSaysContaining("Je kan altijd")
        .BotSays("Stap 1 van 8: je naam.")
        .BotSaysContaining("Hoe wil je dat ik je noem?")
        .UserSays("Sam")
        .BotSays("Fijn je te leren kennen, Sam.")
        .BotSays("Stap 2 van 8: je vraag.")
        .BotSays("Wat brengt je hier?");

    /// <summary>The English opening: welcome, consent "yes", name "Sam"; ends waiting for "What brings you here?".</summary>
    public static TranscriptTest ToQuestionBehindQuestionInEnglish(this TranscriptTest test) => test
        .WithLocale("en-GB")
        .StartConversation()
        .BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .UserSays("yes")
        .BotSaysAnything().BotSaysAnything().BotSaysAnything().BotSaysAnything()
        .Row("Sam", "Nice to meet you, Sam.", "Step 2 of 8: your question.", "What brings you here?");

    /// <summary>On to the first miracle question.</summary>
    public static TranscriptTest ToMiracle(this TranscriptTest test) => test
        .ToQuestionBehindQuestion()
        .Row("Ik voel me alleen sinds de verhuis", "Waarmee zou je graag geholpen worden?")
        .Row("meer mensen leren kennen", "Heb ik goed begrepen dat dit je vraag is: \"meer mensen leren kennen\"?")
        .UserSays("ja")
        .BotSays("Fijn. Dan weet ik wat belangrijk is voor jou.")
        .BotSays("Stap 3 van 8: de wondervraag.")
        .BotSaysContaining("speciale vraag")
        .BotSaysContaining("Wat zal er dan anders zijn?");

    /// <summary>On to the scaling question.</summary>
    public static TranscriptTest ToScaling(this TranscriptTest test) => test
        .ToMiracle()
        .Row("ik zou uitgerust wakker worden", "Wat nog meer?")
        .Row("ik zou zin hebben om buiten te gaan", "Waaraan kan jij zien dat je probleem is opgelost?")
        .Row("ik spreek af met iemand", "Wat doe je dan anders?")
        .Row("ik ga naar de markt", "De mensen rondom jou merken het ook, zoals je partner, je kinderen, je familie of je vrienden. Wat zullen zij dan anders doen?")
        .Row("mijn zus belt vaker", "Hoe zullen zij op jou reageren?")
        .UserSays("blij")
        .BotSays("Stap 4 van 8: waar je nu staat.")
        .BotSaysContaining("Waar sta je nu?");

    /// <summary>On to the future questions, with a 4 on the scale.</summary>
    public static TranscriptTest ToFuture(this TranscriptTest test) => test
        .ToScaling()
        .Row("een dikke vier", "Wat maakt dat het al een 4 is en geen 0?")
        .Row("mijn hond", "Wat zou een 5 betekenen? Wat is er dan anders?")
        .UserSays("een keer per week buiten")
        .BotSays("Stap 5 van 8: de toekomst.")
        .BotSays("Hoe ziet een goede dag er over een jaar uit?");

    /// <summary>On to the network stand-in's question.</summary>
    public static TranscriptTest ToNetwork(this TranscriptTest test) => test
        .ToFuture()
        .Row("ik werk in een tuin", "Wat is een eerste kleine stap in die richting?")
        .Row("vragen bij de buurtwerking", "Hoe heb je zoiets vroeger al opgelost?")
        .Row("ik ging naar de turnclub", "Hoe zou je die eerste stap kunnen aanpakken?")
        .Row("bellen", "Wie kan je daarbij helpen?")
        .UserSays("mijn zus Lies")
        .BotSays("Stap 6 van 8: de mensen rondom jou.")
        .BotSays(StandInNetworkDialog.Question);

    /// <summary>On to "Klopt dit?" in the summary.</summary>
    public static TranscriptTest ToSummary(this TranscriptTest test) => test
        .ToNetwork()
        .UserSays("Lies, de buurvrouw")
        .BotSays("Stap 7 van 8: samenvatting.")
        .BotSaysContaining("Dit heb ik genoteerd:")
        .BotSays("Klopt dit?");
}
