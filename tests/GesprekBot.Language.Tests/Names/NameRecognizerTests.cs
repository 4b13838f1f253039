namespace GesprekBot.Language.Tests.Names;

public class NameRecognizerTests
{
    [Theory]
    [InlineData("ik ben kevin", "Kevin")]
    [InlineData("kben kevin", "Kevin")]
    [InlineData("ik heet Els", "Els")]
    [InlineData("mijn naam is anouk", "Anouk")]
    [InlineData("mn naam is Dries", "Dries")]
    [InlineData("noem mij maar Fien", "Fien")]
    [InlineData("zeg maar Guido", "Guido")]
    [InlineData("ze noemen mij Dee", "Dee")]
    [InlineData("iedereen noemt mij Wannes", "Wannes")]
    [InlineData("je mag mij Kobe noemen", "Kobe")]
    [InlineData("my name is Sarah", "Sarah")]
    [InlineData("I'm Sarah", "Sarah")]
    [InlineData("call me Sam", "Sam")]
    [InlineData("they call me Red", "Red")]
    [InlineData("ik ben de Kevin", "Kevin")]
    [InlineData("zeg maar den dirk", "Dirk")]
    public void Frames_GiveTheName(string reply, string name) => AssertSure(reply, name);

    [Theory]
    [InlineData("ik heet Els maar iedereen noemt mij Elske", "Elske")]
    [InlineData("mijn naam is Johanna, zeg maar Jo", "Jo")]
    [InlineData("my name is Robert but everyone calls me Bob", "Bob")]
    public void TheNameTheyGoBy_WinsOverTheirOfficialName(string reply, string name) => AssertSure(reply, name);

    [Theory]
    [InlineData("Els, of Elske", "Elske")]
    [InlineData("Katrien of Trien", "Trien")]
    public void OfAlternatives_TheLastIsTaken(string reply, string name) => AssertSure(reply, name);

    [Theory]
    [InlineData("hallo ik ben Mo 😊", "Mo")]
    [InlineData("hoi Lotte", "Lotte")]
    [InlineData("dag, wim", "Wim")]
    [InlineData("hey!! Jasper hier", "Jasper")]
    [InlineData("Brent 👋", "Brent")]
    [InlineData("dag", "Dag")]
    [InlineData("Tom, en jij?", "Tom")]
    [InlineData("Grace. And you?", "Grace")]
    public void GreetingsAndFillers_AroundABareName_AreLeftOut(string reply, string name) => AssertSure(reply, name);

    [Theory]
    [InlineData("jo", "Jo")]
    [InlineData("jean-luc", "Jean-Luc")]
    [InlineData("el hassan", "El Hassan")]
    [InlineData("McKenzie", "McKenzie")]
    [InlineData("o'neill", "O'Neill")]
    [InlineData("SOFIE", "Sofie")]
    [InlineData("ik ben Lien Van den Bossche", "Lien Van den Bossche")]
    public void Names_AreCapitalisedAsNames(string reply, string name) => AssertSure(reply, name);

    [Theory]
    [InlineData("ik ben tom en ik zoek hulp", "Tom")]
    [InlineData("mijn naam is Kris. Ik woon in Aalst", "Kris")]
    public void TheName_EndsWhereTheSentenceGoesOn(string reply, string name) => AssertSure(reply, name);

    [Theory]
    [InlineData("Waarom wil jij dat weten?")]
    [InlineData("moet dat echt?")]
    [InlineData("Why??")]
    [InlineData("wat doe je met mijn naam")]
    [InlineData("is het erg als ik dat niet zeg?")]
    [InlineData("and you?")]
    public void QuestionsBack_AreQuestions_NeverNames(string reply) =>
        Assert.Equal(new NameReply(NameReplyKind.Question), NameRecognizer.Recognize(reply));

    [Theory]
    [InlineData("liever niet")]
    [InlineData("neen")]
    [InlineData("ik geef geen naam")]
    [InlineData("da zeg ik nie")]
    [InlineData("rather not")]
    public void Refusals_AreSkips(string reply) =>
        Assert.Equal(new NameReply(NameReplyKind.Skip), NameRecognizer.Recognize(reply));

    [Theory]
    [InlineData("Lieverd")]
    [InlineData("Mama")]
    [InlineData("noem mij maar Schatje", "Schatje")]
    [InlineData("Kev1n", "Kev1n")]
    [InlineData("Anna Maria Louisa Theresia", "Anna Maria Louisa Theresia")]
    [InlineData("Lotte?", "Lotte")]
    [InlineData("Test", "Test")]
    public void OrdinaryWords_Digits_LongNames_AndQuestionMarks_AreUnsure(string reply, string? name = null)
    {
        var result = NameRecognizer.Recognize(reply);
        Assert.Equal(NameReplyKind.Name, result.Kind);
        Assert.True(result.Unsure, $"{reply} should be unsure");
        Assert.Equal(name ?? reply, result.Name);
    }

    [Theory]
    [InlineData("ik ben ziek")]
    [InlineData("ik ben gestresseerd")]
    [InlineData("I'm ok")]
    [InlineData("hoi")]
    [InlineData("jawel")]
    [InlineData("ik weet het niet goed")]
    [InlineData("ik ben 31")]
    [InlineData("ik ben de papa van Noah")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("")]
    [InlineData(null)]
    public void Replies_WithoutAName_AreNotNames(string? reply) =>
        Assert.Equal(NameReplyKind.NotAName, NameRecognizer.Recognize(reply).Kind);

    private static void AssertSure(string reply, string name) =>
        Assert.Equal(new NameReply(NameReplyKind.Name, name), NameRecognizer.Recognize(reply));
}

public class NameCorrectionTests
{
    [Theory]
    [InlineData("mijn naam is kevin, niet ik ben kevin", "Kevin")]
    [InlineData("noem mij liever Kev", "Kev")]
    [InlineData("my name is Sarah, not Sara", "Sarah")]
    [InlineData("ik heet eigenlijk Jef", "Jef")]
    [InlineData("ik heet Jef", "Jef")]
    [InlineData("everyone calls me Bobby", "Bobby")]
    public void A_sentence_about_the_clients_own_name_gives_it(string text, string? name) =>
        Assert.Equal(name, NameRecognizer.RecognizeCorrection(text));

    [Theory]
    [InlineData("Lies")]
    [InlineData("ik ben Lies vergeten")]
    [InlineData("zijn naam is Tom")]
    [InlineData("de naam van mijn hond is Max")]
    [InlineData("zeg maar dat Tom mijn neef is")]
    [InlineData("Tom is mijn neef")]
    [InlineData("noem mij maar Schat")]
    public void Other_sentences_at_the_summary_are_no_name(string text) =>
        Assert.Null(NameRecognizer.RecognizeCorrection(text));
}
