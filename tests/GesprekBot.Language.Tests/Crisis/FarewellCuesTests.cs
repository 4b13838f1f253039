using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>Goodbyes, affairs put in order and tiredness of life, in phrasings of our own; the look-alikes beside each.</summary>
public class FarewellCuesTests
{
    [Theory]
    [InlineData("who will feed my fish when i'm gone")]
    [InlineData("wil iemand voor mijn konijn zorgen, ik kom nooit meer terug")]
    [InlineData("mijn hond heb ik aan de buren gegeven, voor als het zover is")]
    [InlineData("dat was mijn laatste berichtje, sorry voor alles")]
    [InlineData("ik hou van jullie, vergeef me, vaarwel")]
    [InlineData("ik heb voor iedereen een filmpje opgenomen")]
    [InlineData("het afscheidsfilmpje voor mijn ma is gemaakt")]
    [InlineData("alles is opgeruimd voor na mij")]
    [InlineData("ik heb al mijn schulden betaald en de rest weggegeven")]
    [InlineData("ik wil mijn ouders niet met mijn rommel achterlaten")]
    [InlineData("tegen dat jullie dit lezen ben ik dood")]
    [InlineData("ze gaan mij toch niet missen")]
    [InlineData("niemand moet mij zoeken")]
    [InlineData("ik ben echt zo moe van leven geworden")]
    [InlineData("ik ben er klaar mee, klaar met dit leven")]
    [InlineData("ik heb het gehad met mijn leven")]
    [InlineData("het is jammer dat ik nog leef")]
    [InlineData("ik zou voor altijd willen slapen")]
    [InlineData("mijn papieren liggen klaar voor wie achterblijft")]
    [InlineData("my sister can have my laptop, i won't need it")]
    [InlineData("ik heb mijn ma voor de laatste keer gezegd dat ik van haar hou")]
    public void RecognizeByRules_AGoodbyeOrTirednessOfLife_IsSuicide(string text) => CueAssert.Found(CrisisKind.Suicide, text);

    [Fact]
    public void RecognizeByRules_ALastMessageWithSorry_IsSure() =>
        Assert.Contains(CrisisRecognizer.RecognizeByRules("dit is mijn laatste bericht, sorry"), f => f.Kind == CrisisKind.Suicide && !f.Unsure);

    [Fact]
    public void RecognizeByRules_ALastMessageAlone_IsUnsure()
    {
        var findings = CrisisRecognizer.RecognizeByRules("dit is mijn laatste bericht");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.Unsure, $"{f}"));
    }

    [Theory]
    [InlineData("wie zorgt er voor mijn konijn als ik op kamp ben")]
    [InlineData("de babykamer is klaar en de kat is bij oma, voor als het zover is")]
    [InlineData("dat was mijn laatste berichtje voor vandaag")]
    [InlineData("ik stuur mijn laatste bericht aan hem en dan blokkeer ik hem")]
    [InlineData("vaarwel allemaal en tot maandag")]
    [InlineData("ik heb voor iedereen een uitnodiging geschreven voor mijn feestje")]
    [InlineData("we hebben een afscheidsfilmpje gemaakt voor de juf die vertrekt")]
    [InlineData("mijn schulden zijn betaald en mijn kot is opgeruimd voor de verhuis")]
    [InlineData("tegen dat je dit leest ben ik al weg naar de winkel")]
    [InlineData("ze gaan mij niet missen op kamp")]
    [InlineData("niemand moet mij zoeken, ik zit in de tuin")]
    [InlineData("ik ben klaar om te leven")]
    [InlineData("ik zou voor altijd in dit bed kunnen slapen")]
    [InlineData("you can have my old phone, i won't need it on holiday")]
    [InlineData("dat was de laatste keer dat ik mijn neef gezien heb")]
    [InlineData("we hebben een afscheidsbrief geschreven voor de collega die op pensioen gaat")]
    public void RecognizeByRules_TheLookAlike_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.RecognizeByRules(text));
}
