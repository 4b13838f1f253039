using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

public class CrisisRecognizerTests
{
    [Theory]
    [InlineData("ik wil er niet meer zijn")]
    [InlineData("ik wil er eigenlijk niet meer zijn")]
    [InlineData("ik wil niet meer leven")]
    [InlineData("ik wil nooit meer wakker worden")]
    [InlineData("ik zie het niet meer zitten")]
    [InlineData("het hoeft voor mij niet meer")]
    [InlineData("ik heb geen zin meer in het leven")]
    [InlineData("iedereen is beter af zonder mij")]
    [InlineData("ik heb een afscheidsbrief geschreven")]
    [InlineData("ik ben het leven moe")]
    [InlineData("ik wou dat ik dood was")]
    [InlineData("ik zou liever dood zijn")]
    [InlineData("ik ga er een einde aan maken")]
    [InlineData("ik wil mezelf van kant maken")]
    [InlineData("zelfmort")]
    [InlineData("zelf moord")]
    [InlineData("ik wil nie meer leven")]
    [InlineData("I don't want to live anymore")]
    [InlineData("I want to end it all")]
    [InlineData("I wish I was dead")]
    public void Recognize_DeathWishOrHopelessness_IsSuicide(string text) => AssertKind(CrisisKind.Suicide, text);

    [Theory]
    [InlineData("ik snij mezelf")]
    [InlineData("ik kras in mijn armen")]
    [InlineData("ik krast in m'n polsen")]
    [InlineData("ik doe mezelf pijn")]
    [InlineData("ik bezeer mezelf")]
    [InlineData("ik heb mezelf verwond")]
    [InlineData("ik brand mezelf met een sigaret")]
    [InlineData("soms sla ik mijn hoofd tegen de muur")]
    [InlineData("I cut myself")]
    public void Recognize_HarmAimedAtOneself_IsSelfHarm(string text) => AssertKind(CrisisKind.SelfHarm, text);

    [Theory]
    [InlineData("hij slaat mij")]
    [InlineData("mijn vader sloeg me gisteren")]
    [InlineData("ze slagen mij thuis")]
    [InlineData("mijn ma klopt mij")]
    [InlineData("mijn stiefvader schopt ons")]
    [InlineData("hij duwt mij tegen de kast")]
    [InlineData("hij knijpt me")]
    [InlineData("hij wurgde mij")]
    [InlineData("ik word geslagen")]
    [InlineData("ik werd thuis vaak geschopt")]
    [InlineData("ik ben bang voor mijn man, hij dreigt mij te vermoorden")]
    [InlineData("hij sluit me op in de kelder")]
    [InlineData("ik krijg slaag")]
    [InlineData("he hits me")]
    public void Recognize_APersonHurtingTheClient_IsViolence(string text) => AssertKind(CrisisKind.Violence, text);

    [Theory]
    [InlineData("mijn stiefvader betast mij")]
    [InlineData("mijn nonkel zit aan mij")]
    [InlineData("hij zit aan mijn lichaam")]
    [InlineData("hij raakt mij aan waar ik niet wil")]
    [InlineData("hij dwingt mij tot seks")]
    [InlineData("ik ben verkracht")]
    [InlineData("ik ben misbruikt")]
    [InlineData("I was raped")]
    public void Recognize_SexualAbuseInPlainWords_IsAbuse(string text) => AssertKind(CrisisKind.Abuse, text);

    [Theory]
    [InlineData("ik ben dood moe")]
    [InlineData("ik ben doodmoe")]
    [InlineData("mijn gsm is dood")]
    [InlineData("mijn pepe is dood")]
    [InlineData("mijn oma leeft niet meer")]
    [InlineData("ze zijn er niet meer")]
    [InlineData("ik sla die vraag over")]
    [InlineData("de eieren slaan")]
    [InlineData("de hond slaat aan")]
    [InlineData("ik snij groenten")]
    [InlineData("van de duikplank springen")]
    [InlineData("dat klopt")]
    [InlineData("mijn broer klopt mij altijd met kaarten")]
    [InlineData("ik heb me gesneden bij het koken")]
    [InlineData("mijn rug doet pijn")]
    [InlineData("het doet me pijn dat hij weg is")]
    [InlineData("ik neem mijn pillen elke ochtend")]
    [InlineData("ik wil een einde maken aan de ruzie")]
    [InlineData("ik ben bang voor spinnen")]
    [InlineData("dat hoeft niet meer")]
    [InlineData("ik heb geen zin in school")]
    [InlineData("ik wil niet dat mijn kat doodgaat")]
    [InlineData("mijn broer zit altijd aan mijn spullen")]
    [InlineData("ik heb mijn auto verkocht")]
    [InlineData("we zijn gisteren in Gent aangeland")]
    [InlineData("ik werk mezelf dood")]
    [InlineData("ik heb me doodgelachen")]
    [InlineData("my phone is dead")]
    [InlineData("my brother beats me at chess")]
    public void Recognize_FigurativeOrHarmless_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.Recognize(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀👍")]
    [InlineData("\ud83d")]
    [InlineData(",,,,...!!!")]
    public void Recognize_NothingToRead_FindsNothing(string? text) => Assert.Empty(CrisisRecognizer.Recognize(text));

    [Fact]
    public void Recognize_SeveralKinds_MostUrgentFirst()
    {
        var findings = CrisisRecognizer.Recognize("mijn vriend slaat mij. ik snij mezelf. ik wil dood.");
        Assert.Equal([CrisisKind.Suicide, CrisisKind.SelfHarm, CrisisKind.Violence], findings.Select(f => f.Kind));
    }

    private static void AssertKind(CrisisKind kind, string text)
    {
        var findings = CrisisRecognizer.Recognize(text);
        Assert.NotEmpty(findings);
        Assert.Equal(kind, findings.First(f => !f.Unsure).Kind);
    }
}
