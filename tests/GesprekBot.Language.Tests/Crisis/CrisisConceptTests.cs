using GesprekBot.Language.Crisis;

namespace GesprekBot.Language.Tests.Crisis;

/// <summary>The concept layer: other verb forms, word orders, methods without a death word, coercion, broken English.</summary>
public class CrisisConceptTests
{
    [Theory]
    [InlineData("kheb mij weer gekerfd in de badkamer")]
    [InlineData("dat ik mij soms nog kerf weet niemand")]
    [InlineData("gisteren met een scherf in mijn dij gekerfd")]
    [InlineData("ik zet de douche gloeiend heet om mezelf te straffen")]
    [InlineData("ik heb mij beschadgd met een schaar")]
    [InlineData("i scratch my arms till they bleed")]
    [InlineData("i been cutting again")]
    public void Recognize_HarmStemNearTheClient_IsSelfHarm(string text) => AssertFound(CrisisKind.SelfHarm, text);

    [Theory]
    [InlineData("als hij dronken is stampt hij tegen mij")]
    [InlineData("mijn stiefma heeft mij bijna geworgd")]
    [InlineData("ik krijg klop van mijn pa")]
    [InlineData("the boys in class beat me up every week")]
    [InlineData("mijn tante trekt aan mijn haar als ik huil")]
    [InlineData("mijn ex dreigde om mij neer te steken")]
    [InlineData("mijn vader bond mij vast aan het bed")]
    [InlineData("het personeel knijpt mij in mijn nek")]
    [InlineData("mijn man heeft mij de trap afgeduwd")]
    [InlineData("hij heeft mij gisteren neergeslagen")]
    [InlineData("mijn zus heeft mij gebeten")]
    [InlineData("hij smijt mij op de grond")]
    [InlineData("hij stompt de kinderen als ik weg ben")]
    public void Recognize_SomeoneHurtingTheClientInAnyOrder_IsViolence(string text) => AssertFound(CrisisKind.Violence, text);

    [Theory]
    [InlineData("mijn stiefvader wil dat ik bloot voor hem dans")]
    [InlineData("de baas zegt dat ik met hem moet slapen anders verlies ik mijn job")]
    [InlineData("hij maakt foto's van mijn lichaam en ik wil dat nie")]
    [InlineData("my coach keeps grabbing my body when i say no")]
    [InlineData("he wants me naked or he sends me away")]
    [InlineData("mijn stiefvader komt in de badkamer als ik douche en kijkt naar mij")]
    [InlineData("mijn baas zegt dat ik met hem naar bed moet of ik ben mijn job kwijt")]
    [InlineData("iemand van school dreigt mijn naaktfoto's te verspreiden")]
    public void Recognize_SexualConceptNearCoercion_IsAbuse(string text) => AssertFound(CrisisKind.Abuse, text);

    [Theory]
    [InlineData("ik heb mijn pillen geteld, het is genoeg voor mij")]
    [InlineData("ik ga vannacht op de sporen liggen")]
    [InlineData("ik zet de auto in de garage en laat hem draaien")]
    [InlineData("mijn afscheidsberichtje staat al klaar")]
    [InlineData("ik heb al mijn bezittingen weggegeven, ik heb ze niet meer nodig")]
    [InlineData("ik heb genoeg geleefd")]
    [InlineData("ik wil mijn ma achterna, zij is overleden")]
    [InlineData("ik snap nie waarom leef ik nog")]
    [InlineData("alone here, i want die")]
    [InlineData("my family better off when i am gone")]
    [InlineData("i am so tired of being alive")]
    [InlineData("i made a plan to end it on friday")]
    [InlineData("ik heb de gaskraan opengezet")]
    [InlineData("ik heb al afscheid genomen van mijn vrienden")]
    [InlineData("ik wil bij mijn overleden moeder zijn")]
    [InlineData("nobody would miss me if i died")]
    [InlineData("mijn mesje ligt klaar om het te doen")]
    [InlineData("ik stop met eten zodat ik sterf")]
    [InlineData("i just want to sleep and never wake up again")]
    public void Recognize_MethodOrPlanWithoutADeathWord_IsSuicide(string text) => AssertFound(CrisisKind.Suicide, text);

    [Theory]
    [InlineData("ik werk als vrijwilliger bij de zelfmoordlijn")]
    [InlineData("ik wil dood graag naar zee")]
    [InlineData("ik heb mijn spullen weggegeven omdat ik verhuis")]
    [InlineData("hij belt mij en wil niet ophangen")]
    [InlineData("ik moet me omkleden voor de turnles")]
    [InlineData("mijn vriendin kletst graag met mij")]
    [InlineData("ik heb genoeg medicatie voor een week")]
    [InlineData("ik ben geslaagd, mijn ma is trots op mij")]
    [InlineData("ik kook graag, ik snij de uien fijn")]
    [InlineData("we are better off without the car")]
    [InlineData("de trainer duwt ons om harder te lopen")]
    [InlineData("ik wacht op het perron tot de trein op het spoor staat")]
    [InlineData("in die game heb ik hem neergestoken")]
    [InlineData("ik ben bang want die man in de film was eng")]
    [InlineData("ik heb mijn pillen geteld voor de week in de pillendoos")]
    [InlineData("ik wil mijn oma achterna bellen")]
    [InlineData("de dokter moet mijn borsten onderzoeken")]
    [InlineData("ik geef mijn oude kleren weg aan de kringloop")]
    [InlineData("ik heb de verwarming in de garage laten draaien")]
    [InlineData("ik heb een afscheidsfeestje op het werk")]
    [InlineData("de kinderen schoppen tegen de bal")]
    [InlineData("mijn oma heeft mij verwend met taart")]
    [InlineData("we hebben samen gebeden in de kerk")]
    [InlineData("ik ben op het spoor van een goede job")]
    public void Recognize_HarmlessNearAConcept_FindsNothing(string text) => Assert.Empty(CrisisRecognizer.Recognize(text));

    [Fact]
    public void Recognize_AMethod_IsImmediateDanger() =>
        Assert.Contains(CrisisRecognizer.Recognize("ik ga vannacht op de sporen liggen"), f => f.Kind == CrisisKind.Suicide && f.ImmediateDanger);

    [Fact]
    public void Recognize_CallingTheHelpline_IsStillASignal() =>
        Assert.NotEmpty(CrisisRecognizer.Recognize("ik heb gisteren de zelfmoordlijn gebeld"));

    /// <summary>Found, sure or unsure: an unsure finding makes the bot ask gently, which is what these need.</summary>
    private static void AssertFound(CrisisKind kind, string text)
    {
        var findings = CrisisRecognizer.Recognize(text);
        Assert.NotEmpty(findings);
        Assert.Equal(kind, (findings.FirstOrDefault(f => !f.Unsure) ?? findings[0]).Kind);
    }
}
