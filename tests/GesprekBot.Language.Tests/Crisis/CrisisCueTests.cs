using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>The cue tables: each family in phrasings of our own, not the held-out sentences.</summary>
public class CrisisCueTests
{
    [Theory]
    [InlineData("kzie het ni meer zitten eerlijk")]
    [InlineData("ik zie het nie meer zitten, echt nie")]
    [InlineData("mijn leven is op, ik ga het beëindigen")]
    [InlineData("ik wil stoppen met leven")]
    [InlineData("kwil kappen met alles")]
    [InlineData("op het dak van de flat wou ik gewoon loslaten")]
    [InlineData("mijn vrouw is vorig jaar overleden en ik wil ook gaan")]
    [InlineData("ik wou dat ik kon gaan slapen en nooit meer terugkomen")]
    [InlineData("elke nacht vraag ik dat god mij komt halen")]
    [InlineData("ik verdien niet om te leven")]
    [InlineData("niemand ziet mij, ik kan evengoed dood zijn")]
    [InlineData("there is a voice in my head that says kill yourself")]
    [InlineData("na mijn poging lag ik twee weken in het ziekenhuis")]
    [InlineData("ik wil met mijn wagen tegen een muur knallen")]
    [InlineData("als het zo verder gaat spring ik in het kanaal")]
    [InlineData("ik heb uren op het spoor gezeten")]
    [InlineData("on the platform i think one more step and it is over")]
    [InlineData("ik zoek op internet manieren om dood te gaan")]
    [InlineData("ik neem mijn medicatie nie meer zodat het gedaan is met mij")]
    [InlineData("ik heb mijn eigen uitvaart al geregeld")]
    [InlineData("mijn beste vriend heeft zich verhangen en ik wil bij hem zijn")]
    [InlineData("kwil nie meer leve")]
    [InlineData("kga mij van kant maken")]
    [InlineData("kwil van het dak")]
    [InlineData("kheb genoeg pillen liggen om het te doen")]
    public void Recognize_AnEndingAimedAtOneself_IsSuicide(string text) => AssertFound(CrisisKind.Suicide, text);

    [Theory]
    [InlineData("soms druk ik een sigaret uit op mijn hand")]
    [InlineData("ik bonk met mijn hoofd tegen de muur tot het bloedt")]
    [InlineData("als ik een scheermesje vasthoud word ik kalm")]
    public void Recognize_BurningOrHittingOneself_IsSelfHarm(string text) => AssertFound(CrisisKind.SelfHarm, text);

    [Theory]
    [InlineData("ik kreeg weer kloppen van mijn stiefvader")]
    [InlineData("de opvoeder gaf mij een lap in mijn gezicht")]
    [InlineData("mijn lief greep mij bij de keel")]
    [InlineData("als straf moest ik in de kelder blijven")]
    [InlineData("mijn oom houdt mij opgesloten, ik mag nie buiten")]
    [InlineData("mijn stiefvader heeft een geweer en dreigt ons neer te schieten, hij zegt dat hij ons gaat vermoorden")]
    [InlineData("ze zeggen dat ze mij gaan kapotslaan")]
    [InlineData("my husband burns me with his cigarette")]
    public void Recognize_ViolenceAsNounPunishmentOrThreat_IsViolence(string text) => AssertFound(CrisisKind.Violence, text);

    [Theory]
    [InlineData("de buurman legde zijn hand op mijn dij en ging hoger")]
    [InlineData("mijn pooier dwingt mij om met klanten te slapen")]
    [InlineData("mijn stiefvader doet dingen in bed die pijn doen")]
    [InlineData("het doet pijn wat hij doet maar ik mag het aan niemand zeggen")]
    public void Recognize_TouchForcedSexOrSecretPain_IsAbuse(string text) => AssertFound(CrisisKind.Abuse, text);

    [Theory]
    [InlineData("ik stap eruit bij de volgende halte")]
    [InlineData("ik wil stoppen met roken, dat kappen met alles lukt nie")]
    [InlineData("ik verdien niet genoeg om van te leven")]
    [InlineData("ik heb een pak slaag gekregen bij het voetbal")]
    [InlineData("we kregen een pak slaag op het judotoernooi")]
    [InlineData("de deur was op slot, ik was mijn sleutel kwijt en kon nie buiten")]
    [InlineData("de kinderen springen in de rivier in de zomer om te zwemmen")]
    [InlineData("ik zag de vlieger loslaten boven het dak")]
    [InlineData("ik las over manieren om beter te slapen")]
    [InlineData("kwil van de brug naar het station fietsen")]
    [InlineData("kga naar de dokter voor mijn pillen")]
    public void Recognize_HarmlessNearACue_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.Recognize(text));

    private static void AssertFound(CrisisKind kind, string text)
    {
        var findings = CrisisRecognizer.Recognize(text);
        Assert.NotEmpty(findings);
        Assert.Equal(kind, (findings.FirstOrDefault(f => !f.Unsure) ?? findings[0]).Kind);
    }
}
