using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>
/// What a caseworker reads in a message that names no harm verb aimed at the client, and the harmless
/// messages that share its words. Sentences of our own, none copied from an evaluation file. The rules
/// alone are asked: the model must not hide a rule that stopped working.
/// </summary>
public class CrisisCaseworkerTests
{
    // An overdose already taken, a date or a funeral chosen, a hose for the exhaust, the railing, a letter for when they find me.
    [Theory]
    [InlineData("waarom zou ik, binnen een week leef ik toch niet meer")] // blind set 9, missed there
    [InlineData("volgend jaar leef ik niet meer")]
    public void RecognizeByRules_NoLongerLivingWithTheVerbFirst_IsSuicide(string text) =>
        Assert.Contains(CrisisRecognizer.RecognizeByRules(text), f => f.Kind == CrisisKind.Suicide);

    [Theory]
    [InlineData("ik heb net een hele strip van mijn ma haar pillen doorgeslikt")]
    [InlineData("ik heb gisteren alles ingenomen wat nog in de medicijnkast lag")]
    [InlineData("kheb de datum vastgelegd, daarna hoeft niemand zich nog zorgen te maken")]
    [InlineData("de liedjes voor mijn uitvaart heb ik al gekozen")]
    [InlineData("mijn testament is klaar en mijn zus heeft de reservesleutel")]
    [InlineData("in de koffer ligt een slang die past op de uitlaat van mijn wagen")]
    [InlineData("vannacht ben ik over de reling van de brug geklommen")]
    [InlineData("ik heb opgezocht welke flat hier hoog genoeg is")]
    [InlineData("ik sta elke avond bij het spoor en wacht tot ik de moed heb")]
    [InlineData("ik heb een briefje geschreven voor als ze mij vinden")]
    [InlineData("ik wil gewoon verdwijnen, voorgoed")]
    [InlineData("i just want everything to stop for good")]
    [InlineData("ik heb mijn wachtwoorden aan mijn broer gegeven, ik heb ze nie meer nodig")]
    [InlineData("ik zit nu op het dak en ik weet nie of ik terug naar binnen ga")]
    [InlineData("ik spaar mijn slaappillen al een maand op")]
    public void Recognize_APlanToldByItsPreparations_IsSuicide(string text) => AssertFound(CrisisKind.Suicide, text);

    // Taken up again without an object, blades hidden, blood on the sheets, long sleeves, marks, a burn explained away.
    [Theory]
    [InlineData("kheb opnieuw gekrast vannacht")]
    [InlineData("na twee maanden zonder snijden ben ik weer begonnen")]
    [InlineData("mijn scheermesjes liggen verstopt in mijn kussensloop zodat mijn pa ze nie vindt")]
    [InlineData("elke ochtend zit er bloed op mijn laken en ik was het zelf uit")]
    [InlineData("ik draag lange mouwen zodat niemand de littekens ziet")]
    [InlineData("ik knijp in mijn arm tot er blauwe plekken zijn")]
    [InlineData("ik heb mijn hand verbrand en op school gezegd dat het een ongeluk was")]
    public void Recognize_SelfHarmTakenUpAgainOrHidden_IsSelfHarm(string text) => AssertFound(CrisisKind.SelfHarm, text);

    // A belt, a slap as punishment, a cover story, not allowed out, the children threatened, a knife laid down, a threat to someone close.
    [Theory]
    [InlineData("hij slaat mij met de broeksriem als ik te laat thuis ben")]
    [InlineData("ik kreeg een oorveeg van mijn stiefvader omdat ik mijn bord nie leeg at")]
    [InlineData("op het werk heb ik gezegd dat ik van de trap gevallen ben, ma mijn ribben zijn gebroken door hem")]
    [InlineData("ik mag nooit alleen buiten van mijn man")]
    [InlineData("hij heeft gezegd dat ik de kinderen nooit meer ga terugzien als ik wegga")]
    [InlineData("hij legde tijdens de ruzie zijn mes naast mijn bord")]
    [InlineData("ze gaan mijn zus iets aandoen als ik nie betaal")]
    [InlineData("my boss hits me when the shop is empty")]
    [InlineData("hij lachte toen hij mij sloeg")]
    public void Recognize_ViolenceByItsMeansThreatsAndControl_IsViolence(string text) => AssertFound(CrisisKind.Violence, text);

    // Washing as care, kindness at night for a room, men for money, a young age beside a sleepover, a no not heard, naked films shown.
    [Theory]
    [InlineData("de begeleider wast mij tussen mijn benen en zegt dat het moet")]
    [InlineData("hij zegt dat ik gratis mag blijven als ik 's nachts lief ben voor hem")]
    [InlineData("mijn vriend zegt dat ik met mannen mee moet voor geld")]
    [InlineData("hij is 40 en ik ben 13 en hij wil dat ik bij hem kom slapen")]
    [InlineData("ik zei nee ma hij stopte nie")]
    [InlineData("de buurman toont mij filmpjes van naakte mensen op zijn gsm")]
    public void Recognize_AbuseToldAsCareOrAsADeal_IsAbuse(string text) => AssertFound(CrisisKind.Abuse, text);

    // Cooking, a wedding date, a grandfather's funeral, a ladder, stopping smoking, shaving, a nosebleed, a book, a shelter job, a game, a pet.
    [Theory]
    [InlineData("de kat heeft alles ingenomen wat op de zetel lag, haha")]
    [InlineData("ik heb de datum van ons trouwfeest vastgelegd")]
    [InlineData("ik heb de muziek gekozen voor de uitvaart van mijn opa")]
    [InlineData("mijn testament heb ik laten maken bij de notaris")]
    [InlineData("de mecanicien zegt dat de uitlaat van mijn auto kapot is")]
    [InlineData("ik leunde over de reling van de boot om de dolfijnen te zien")]
    [InlineData("ik heb een ladder gekocht die hoog genoeg is voor de dakgoot")]
    [InlineData("ik heb eindelijk de moed gevonden om mijn examen te doen")]
    [InlineData("ik heb een brief geschreven voor mijn tante in marokko")]
    [InlineData("ik wil stoppen met roken, voorgoed")]
    [InlineData("ik heb weer brood gesneden voor de kinderen")]
    [InlineData("ik ben terug begonnen met voetballen")]
    [InlineData("ik heb een nieuw scheermesje gekocht om mij te scheren")]
    [InlineData("mijn kussen zat vol bloed na een bloedneus")]
    [InlineData("ik draag lange mouwen want ik heb het altijd koud")]
    [InlineData("mijn ma heeft de eieren geslagen met een garde")]
    [InlineData("ik heb op school gezegd dat ik ziek was, dat was nie waar haha")]
    [InlineData("mijn trainer zegt dat ik nie alleen buiten mag lopen in het donker")]
    [InlineData("mijn zus zegt dat ze de kinderen morgen komt halen")]
    [InlineData("ik heb een mes gekocht om groenten te snijden in de keuken")]
    [InlineData("de verpleegster wast mijn oma, dat doet ze heel zacht")]
    [InlineData("mijn papa is altijd lief voor mij als ik ziek ben")]
    [InlineData("mijn broer is 20 en ik ben 14, hij speelt soms fifa met mij")]
    [InlineData("mijn gsm zegt nee, hij doet niks meer")]
    [InlineData("ik heb een boek gelezen over een vrouw die door haar man geslagen werd")]
    [InlineData("ik werk in een vluchthuis voor vrouwen die mishandeld zijn")]
    [InlineData("mijn pa gaat mij vermoorden als hij mijn rapport ziet lol")]
    [InlineData("ik heb mijn vinger gesneden bij het koken, niks ergs")]
    [InlineData("de hond van de buren heeft mij gebeten toen ik hem wou aaien")]
    [InlineData("in minecraft heb ik mijn broer afgemaakt")]
    [InlineData("ik voel mij opgesloten in dit dorp")]
    [InlineData("er wordt op de deur geklopt")]
    [InlineData("ik sluit mij op in mijn kamer om te studeren")]
    [InlineData("ons pa stampt de aardappelen voor de puree")]
    [InlineData("my manager kills me with all the extra shifts and papers")]
    [InlineData("de ploeg kreeg een pak slaag in de finale tegen Brugge")]
    [InlineData("ik heb alles uit de kast genomen om te poetsen")]
    [InlineData("ik stap elke ochtend op de tram naar het werk")]
    [InlineData("ik heb alle medicijnen genomen die de dokter voorschreef")]
    public void RecognizeByRules_HarmlessWithTheSameWords_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.RecognizeByRules(text));

    [Theory]
    [InlineData("ik heb net een hele strip van mijn ma haar pillen doorgeslikt")]
    [InlineData("in de koffer ligt een slang die past op de uitlaat van mijn wagen")]
    [InlineData("ik sta elke avond bij het spoor en wacht tot ik de moed heb")]
    [InlineData("i swallowed everything from the medicine cabinet an hour ago")]
    [InlineData("ik heb daarnet alles uit het medicijnkastje geslikt")]
    [InlineData("I'm done. I've taken everything in the medicine cabinet, I just wanted someone to know.")] // blind set 9, missed there
    [InlineData("wat is het nut nog, ik stap morgen voor de tram")] // blind set 9, missed there
    [InlineData("ik stap vannacht voor de trein")]
    public void RecognizeByRules_AMethodOrOverdose_IsImmediateDanger(string text) =>
        Assert.Contains(CrisisRecognizer.RecognizeByRules(text), f => f.Kind == CrisisKind.Suicide && f.ImmediateDanger && !f.Unsure);

    [Theory]
    [InlineData("mijn lief slaat mij, lol", CrisisKind.Violence)]
    [InlineData("ik wil dood haha", CrisisKind.Suicide)]
    [InlineData("mijn broer schopt mij altijd onder tafel, haha", CrisisKind.Violence)]
    public void RecognizeByRules_ASignalSoftenedByAJoke_IsUnsureNotDropped(string text, CrisisKind kind) =>
        Assert.Contains(CrisisRecognizer.RecognizeByRules(text), f => f.Kind == kind && f.Unsure);

    [Theory]
    [InlineData("ik heb al mijn pillen gespaard om het te doen, haha")]
    [InlineData("ik heb een boek over zelfmoord gelezen en nu heb ik al mijn pillen gespaard")]
    public void RecognizeByRules_AMethodInAJokeOrBesideAStory_StaysSure(string text) =>
        Assert.Contains(CrisisRecognizer.RecognizeByRules(text), f => f.Kind == CrisisKind.Suicide && f.ImmediateDanger && !f.Unsure);

    [Theory]
    [InlineData("ik heb mij gesneden, en nee, het was geen ongeluk")]
    [InlineData("ik heb mij weer gesneden en tegen mijn ma gezegd dat het per ongeluk was")]
    public void RecognizeByRules_AnAccidentDeniedOrUsedAsCover_StaysSelfHarm(string text) =>
        Assert.Equal(CrisisKind.SelfHarm, CrisisRecognizer.RecognizeByRules(text).First(f => !f.Unsure).Kind);

    private static void AssertFound(CrisisKind kind, string text)
    {
        var findings = CrisisRecognizer.RecognizeByRules(text);
        Assert.NotEmpty(findings);
        Assert.Equal(kind, (findings.FirstOrDefault(f => !f.Unsure) ?? findings[0]).Kind);
    }
}
