namespace GesprekBot.Language.Members.Lexicon;

/// <summary>The small words around members: articles, possessives, adjectives, and words that end a contact.</summary>
internal static class FunctionWords
{
    public static readonly HashSet<string> Possessives = Set(
        "mijn mn mijne mijnen men me mij m ons onze uw jouw je zijn z zijne haar hun hunne ze " +
        "my our his her their your");

    public static readonly HashSet<string> Articles = Set("de den het t een ne nen n die dien dat deze dees diene die der the this that these those");

    /// <summary>English articles that are also Dutch names or words ("An", "a"): articles only in an English sentence.</summary>
    public static readonly HashSet<string> EnglishOnlyArticles = Set("a an some");

    /// <summary>Words between a possessive and the role ("mijn beste vriendin", "mijn twee broers").</summary>
    public static readonly HashSet<string> Adjectives = Set(
        "beste goede goeie lieve liefste oude oudere oudste jongste jongere kleine grote klein groot nieuwe vorige huidige eigen andere " +
        "enige echte biologische halve twee drie vier vijf zes paar enkele alle allerbeste toffe leuke fijne vaste vroegere favoriete " +
        "hele vele ander nieuw vorig lief tweede eerste derde laatste zieke overleden oudje aardige " +
        "little big older younger oldest youngest eldest elder best good dear old new close only other two three four five few late");

    /// <summary>Titles before a surname ("meneer Janssens"): part of the label, not of the name.</summary>
    public static readonly HashSet<string> Titles = Set("meneer mijnheer mevrouw mevr dhr mr mw madame monsieur sir mrs ms miss mister dr");

    /// <summary>"geen vrienden": a negated member is not a member.</summary>
    public static readonly HashSet<string> Negating = Set("geen gene niemand nobody");

    /// <summary>Where a capitalised word after these is a town, not a person ("mijn broer in Gent").</summary>
    public static readonly HashSet<string> PlacePrepositions = Set("in naar uit te richting vanuit nabij rond omstreken");

    /// <summary>"sinds de middelbare school": a place after these is a time, not a member.</summary>
    public static readonly HashSet<string> TimePrepositions = Set("sinds sedert vanaf since");

    /// <summary>Links a member to what it belongs to ("de begeleider van het CAW", "opvoeder in de leefgroep").</summary>
    public static readonly HashSet<string> Qualifiers = Set("van bij uit in op aan via from at");

    /// <summary>"of" is "or" in Dutch: a qualifier ("the mother of my friend") only in an English sentence.</summary>
    public static readonly HashSet<string> EnglishOnlyQualifiers = Set("of");

    /// <summary>Words that join members in a list.</summary>
    public static readonly HashSet<string> ListWords = Set("en of plus ook met enne alsook and or also");

    /// <summary>Words that open a new clause, so "niet meer" before them does not reach after them.</summary>
    public static readonly HashSet<string> ClauseBreaks = Set("maar want behalve buiten but because except");

    /// <summary>Verbs that start a new statement after "en" ("… niet meer en mijn mama zie ik elke dag").</summary>
    public static readonly HashSet<string> ClauseVerbs = Set(
        "zie ziet zien spreek spreekt spreken hoor hoort horen bel belt bellen heb heeft hebben is zijn woont wonen woon komt komen " +
        "help helpt helpen ga gaat gaan kan kunnen wil doe doet sta staat zit zitten leeft leven werkt werken blijft bleef was waren " +
        "see sees saw call calls talk talks are lives live helps comes come visit visits works stays were");

    /// <summary>Phrases that say a contact is over. "bijna nooit" is rare contact, not none.</summary>
    public static readonly string[][] EndedContact = Phrases(
        "niet meer|nie meer|ni meer|nooit meer|geen contact|geen kontakt|overleden|gestorven|dood|verongelukt|weggevallen|verbroken|" +
        "uit het oog verloren|verloren|kwijt|gebroken met|gebroken|uit mijn leven|weg uit mijn leven|zie ik nooit|spreek ik nooit|" +
        "hoor ik nooit|zien elkaar nooit|heb ik nooit|niet meer gezien|al jaren niet|jaren niet meer|niks meer mee te maken|" +
        "niets meer mee te maken|geen band meer|dood gegaan|doodgegaan|in de hemel|er niet meer|niet meer bij|" +
        "passed away|died|anymore|any more|no longer|lost contact|no contact|never see|not in contact|in heaven");

    /// <summary>Words after "niet meer" that make it "less often", not "never" ("niet meer zo vaak").</summary>
    public static readonly HashSet<string> Softeners = Set("zo zoveel zovaak vaak veel zo'n elke iedere dagelijks");

    internal static HashSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    internal static string[][] Phrases(string phrases) =>
        phrases.Split('|').Select(p => p.Split(' ')).OrderByDescending(p => p.Length).ToArray();
}
