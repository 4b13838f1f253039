using GesprekBot.Language.Members.Lexicon;

namespace GesprekBot.Language.Names;

/// <summary>How surely a frame introduces the name the client goes by.</summary>
internal enum FrameStrength
{
    /// <summary>"ik ben", "I'm", "it's": also said of states ("ik ben moe").</summary>
    Weak,

    /// <summary>"ik heet", "mijn naam is", "my name is".</summary>
    Named,

    /// <summary>"noem mij", "zeg maar", "iedereen noemt mij", "call me": the name they go by, which wins.</summary>
    Call,
}

/// <summary>The words around a name in a reply to the name question, Dutch, Flemish and English.</summary>
internal static class NameLexicon
{
    /// <summary>Word sequences (normalised) after which the name follows.</summary>
    public static readonly (string[] Words, FrameStrength Strength)[] Frames =
    [
        .. Phrases(FrameStrength.Call,
            "noem mij|noem me|noemen mij|noemen me|noemt mij|noemt me|noem je mij|zeg maar|zeg gerust|mag je mij|mag je me|" +
            "mag mij|mag me|call me|calls me|go by"),
        .. Phrases(FrameStrength.Named,
            "ik heet|kheet|k heet|heet ik|naam is|naam|names|name is|my name|name"),
        .. Phrases(FrameStrength.Weak,
            "ik ben|kben|k ben|ben ik|i am|im|i m|its|it is|dit is|hier is|this is"),
    ];

    /// <summary>Words skipped right after a frame ("zeg maar gewoon Jef", "noem me maar Stef", "just call me Liz").</summary>
    public static readonly HashSet<string> AfterFrame = Set("maar gewoon gerust dan liever voortaan eigenlijk echt just simply rather actually really");

    /// <summary>Flemish puts an article before a first name ("ik ben de Kevin", "zeg maar den Dirk"): not part of the name.</summary>
    public static readonly HashSet<string> ArticlesBeforeFirstName = Set("de den");

    /// <summary>"naam is Tom" is the client's name only after one of these ("mijn naam is"; not "zijn naam is").</summary>
    public static readonly HashSet<string> Own = Set("mijn mn men mijne m my");

    /// <summary>Words that close a frame with the name inside ("je mag mij Kevin noemen").</summary>
    public static readonly HashSet<string> Closers = Set("noemen noem zeggen");

    /// <summary>Greetings and fillers around a bare name ("hoi, Kevin", "noor hier", "Amina here").</summary>
    public static readonly HashSet<string> Fillers = Set(
        "hoi hallo hallootjes hey hei hi hello hiya dag dagske goeiedag goedendag goedemorgen goeiemorgen goedemiddag goedenavond " +
        "salut allo yo jo hoihoi heey heyy hier here dus gewoon ok oke okay oké thanks merci dankjewel dankuwel bedankt graag please");

    /// <summary>Greetings that are also names: "jo" greets only before something else.</summary>
    public static readonly HashSet<string> NameLikeFillers = Set("jo dag");

    /// <summary>Inside a name, before its next part ("Sven De Smet", "el hassan", "van den Broeck").</summary>
    public static readonly HashSet<string> Particles = Set("de den der van von ten ter te el al ben bin ibn abu da di du le la mac mc st");

    /// <summary>Words that start a question back ("waarom?", "moet dat?", "why?", "do I have to?").</summary>
    public static readonly HashSet<string> QuestionStarts = Set(
        "waarom waarvoor wie wat hoe waar wanneer welke welk moet moeten mag mogen kan kunnen is zijn ben heb hebt wordt word " +
        "why who what how where when which must do does can should is are will would");

    /// <summary>A polite question back after a name ("Tom, en jij?"): the reply is still the name.</summary>
    public static readonly string[][] QuestionTails = PhraseList("en jij|en gij|en u|en jou|and you|and yours|what about you");

    /// <summary>Ways to say "no name" ("liever niet", "geen naam", "maakt niet uit", "I'd rather not").</summary>
    public static readonly string[][] Refusals = PhraseList(
        "overslaan|sla over|skip|pass|liever niet|liefst niet|liever nie|liever geen|zeg ik niet|zeg ik nie|niet zeggen|nie zeggen|" +
        "niet geven|nie geven|naam niet|geen naam|anoniem|anonymous|maakt niet uit|maakt nie uit|maakt ni uit|doet er niet toe|" +
        "rather not|prefer not|not say|not telling|no name|dont want|wil ik niet|wil niet");

    /// <summary>A reply that is only one of these is a no (also a refusal).</summary>
    public static readonly HashSet<string> No = Set("nee neen neeje nope no nah nee nee");

    /// <summary>States said with "ik ben" that are not names ("ik ben moe", "I'm fine").</summary>
    public static readonly HashSet<string> States = Set(
        "moe ziek bang blij boos kwaad triest verdrietig depressief werkloos student zwanger gescheiden getrouwd alleenstaand single " +
        "nieuw klaar thuis gestresseerd gestrest kapot op eenzaam wanhopig ongerust benieuwd nerveus zenuwachtig dakloos " +
        "fine good ok okay tired sad here new sorry scared lost confused alone married unemployed homeless pregnant worried nervous " +
        "well great busy back ready");

    /// <summary>
    /// Ordinary English words and words of address: possible as a nickname, so a name made of them is
    /// checked back ("Test", "call me Sunshine"). Dutch ones come from the member lexicon's common words.
    /// </summary>
    public static readonly HashSet<string> OrdinaryWords = Set(
        "test testing hello user name nickname client guest anonymous nobody someone me myself friend sunshine honey darling " +
        "sweetie babe baby bro buddy mate dude boss chief sir madam miss mister mrs mr love dear angel star princess king queen " +
        "schatje lieverd liefje chef baas mannen vrouwen jongen meisje gast kerel mens persoon iemand niemand");

    /// <summary>English function words; a bare reply with one of these is a sentence, not a name ("I'm fine", "yes").</summary>
    public static readonly HashSet<string> EnglishFunction = Set(
        "i you he she it we they me my mine your his her our their a an the of to in on at for with from and or but not no yes " +
        "yeah ok okay am is are was were be been do does did have has had can could will would should may might must " +
        "this that these those here there what why who how where when which fine thanks please sorry just");

    private static (string[] Words, FrameStrength Strength)[] Phrases(FrameStrength strength, string phrases) =>
        [.. PhraseList(phrases).Select(p => (p, strength))];

    private static string[][] PhraseList(string phrases) => FunctionWords.Phrases(phrases);

    private static HashSet<string> Set(string words) => FunctionWords.Set(words);
}
