using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>Violence told through fear, in phrasings of our own; the look-alikes beside each.</summary>
public class FearCuesTests
{
    [Theory]
    [InlineData("na school durf ik niet naar huis")]
    [InlineData("i am afraid to go home tonight")]
    [InlineData("wanneer mijn stiefpa thuiskomt verstop ik me op zolder")]
    [InlineData("als mijn pa dronken is vluchten we naar de buren")]
    [InlineData("ik voel mij niet veilig thuis")]
    [InlineData("bij mijn vader loop ik altijd op eieren")]
    [InlineData("als ik zijn stappen op de trap hoor begin ik te trillen")]
    [InlineData("mijn rugzak staat gepakt, klaar voor als ik moet vluchten")]
    [InlineData("ik slaap met mijn schoenen aan zodat ik snel weg kan")]
    [InlineData("ik heb een blauw oog en ik mag niet vertellen van wie")]
    [InlineData("eerst is hij kwaad op mama en dan is het mijn beurt")]
    [InlineData("my brother threw me on the floor")]
    [InlineData("ik zeg altijd dat ik gevallen ben")]
    [InlineData("ik heb schrik dat mijn lief mij iets aandoet als ik wegga")]
    [InlineData("ik ben bang dat mijn ex ons iets aandoet")]
    [InlineData("hij heeft de tv kapotgeslagen en gezegd dat ik de volgende ben")]
    [InlineData("als ik zijn sleutels in de deur hoor, verstijf ik")]
    [InlineData("mijn identiteitskaart ligt bij mijn moeder voor als ik weg moet bij hem")]
    [InlineData("voor ik binnen ga kijk ik eerst of zijn fiets er staat")]
    [InlineData("i hide under my bed when my stepdad is drunk")]
    [InlineData("we slapen met onze kleren aan zodat we snel weg kunnen")]
    public void RecognizeByRules_FearOfSomeoneAtHome_IsViolence(string text) => CueAssert.Found(CrisisKind.Violence, text);

    [Fact]
    public void RecognizeByRules_AfraidToGoHomeBecauseHeIsDrunk_IsSure() =>
        Assert.Contains(CrisisRecognizer.RecognizeByRules("ik durf niet naar huis want hij is weer dronken"), f => f.Kind == CrisisKind.Violence && !f.Unsure);

    [Theory]
    [InlineData("ik durf niet alleen naar huis te fietsen in het donker")]
    [InlineData("als de kinderen thuiskomen verstoppen ze zich voor verstoppertje")]
    [InlineData("mijn papa is boos als ik mijn kamer niet opruim")]
    [InlineData("ik was zo kwaad op mijn broer dat ik in zijn kamer alles heb omgegooid")]
    [InlineData("mijn huis is niet veilig want het dak lekt")]
    [InlineData("ik loop op mijn tenen zodat de baby niet wakker wordt")]
    [InlineData("ik hoor zijn stem en ik tril van verliefdheid")]
    [InlineData("mijn koffer staat klaar voor als de vlucht vertrekt")]
    [InlineData("ik mag niet zeggen wie het cadeau gekocht heeft")]
    [InlineData("bij het kaarten is het nu mijn beurt")]
    [InlineData("hij gooide mij de bal toe")]
    [InlineData("ik ben bang dat hij zichzelf iets aandoet, hij is zo depressief")]
    [InlineData("de bakker zei dat ik de volgende ben in de rij")]
    [InlineData("mijn paspoort ligt klaar voor als we op reis vertrekken")]
    [InlineData("i hide the presents when my dad comes home")]
    public void RecognizeByRules_TheLookAlike_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.RecognizeByRules(text));
}
