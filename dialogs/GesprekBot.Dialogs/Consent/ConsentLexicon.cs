namespace GesprekBot.Dialogs.Consent;

/// <summary>
/// The words that give a message at the consent question its shape, Dutch and English, in the
/// normalised form (lower case, no accents or punctuation, "don't" as "dont"). Topics are
/// recognised by the words a client uses for them, not by whole sentences, so that "wie krijgt
/// dit te zien" and "who can see my answers" find the same answer.
/// </summary>
internal static class ConsentLexicon
{
    public static readonly HashSet<string> QuestionWords = Set(
        "wie wat waar waarom waarvoor hoe hoelang hoeveel wanneer welke welk hoezo wiens " +
        "who what where why how when which whose");

    /// <summary>A question that starts with its verb: "kan ik het later wissen", "is it safe".</summary>
    public static readonly HashSet<string> QuestionVerbs = Set(
        "kan kun kunt kunnen mag mogen moet moeten is ben bent zijn wordt word worden zie ziet leest lees gaat gaan " +
        "heb hebt heeft krijgt blijft blijven weet weten can could may will would do does is are am should must did");

    public static readonly HashSet<string> Subjects = Set(
        "ik je jij u het dit dat er mijn iemand men jullie die " +
        "i you it this that my someone anyone they there we your");

    public static readonly HashSet<string> DeleteWords = Set(
        "wissen wis wist gewist verwijderen verwijder verwijdert verwijderd weghalen uitwissen " +
        "delete deleted remove removed erase erased");

    public static readonly HashSet<string> DurationWords = Set("duurt duren duurde take takes last lasts");

    public static readonly HashSet<string> WhyWords = Set("waarom waarvoor hoezo why");

    public static readonly HashSet<string> RobotWords = Set(
        "robot bot chatbot computer programma ai machine mens persoon human person chatgpt");

    public static readonly HashSet<string> ReadWords = Set(
        "lezen leest lees gelezen zien ziet zie gezien bekijken bekijkt krijgt krijgen toegang delen deel gedeeld " +
        "doorgeven doorgegeven read reads see sees seen access share shared gets");

    public static readonly HashSet<string> WhereWords = Set(
        "waar where opgeslagen opslaan server veilig veiligheid beveiligd versleuteld geheim prive privacy anoniem " +
        "safe secure encrypted stored private confidential");

    public static readonly HashSet<string> ObligationWords = Set("verplicht verplichting required mandatory obliged");

    /// <summary>Words about the answers themselves: a message with one of them is about storing them.</summary>
    public static readonly HashSet<string> DataWords = Set(
        "gegevens antwoorden bewaren bewaar bewaart bewaard informatie info data answers keep kept store saved");

    public static readonly string[] HowLongPhrases = ["hoe lang", "hoelang", "how long", "tot wanneer", "until when", "hoeveel tijd", "how much time"];

    public static readonly string[] ObligationPhrases = ["moet ik", "moet dit", "must i", "do i have to", "have i to", "is it required"];

    public static readonly string[] AskFirstPhrases =
    [
        "eerst iets vragen", "eerst een vraag", "mag ik iets vragen", "ik heb een vraag", "kan ik iets vragen",
        "can i ask", "i have a question", "may i ask", "a question first",
    ];

    public static readonly string[] HesitationPhrases =
    [
        "ik twijfel", "twijfel", "wacht", "wacht even", "even wachten", "momentje", "moment", "ik weet het niet",
        "weet niet", "weet ik niet", "misschien", "hmm", "hm", "euh", "uhm", "tja", "geen idee", "ik weet het nog niet",
        "not sure", "im not sure", "i dont know", "dont know", "dunno", "maybe", "wait", "hold on", "let me think",
    ];

    /// <summary>A clear "no" that the yes/no words miss: the client takes their consent back.</summary>
    public static readonly string[] WithdrawalPhrases =
    [
        "ik wil toch niet", "ik wil toch niet meedoen", "ik wil niet meer meedoen", "ik wil niet meedoen", "ik doe niet meer mee",
        "ik doe toch niet mee", "ik trek mijn toestemming in", "ik trek mijn toestemming terug", "toestemming intrekken",
        "ik wil mijn toestemming intrekken", "ik wil mijn toestemming terugtrekken", "ik geef geen toestemming meer",
        "i dont want to", "i dont want to anymore", "i dont want to do this anymore", "i dont want to take part",
        "i withdraw my consent", "withdraw my consent", "i want to withdraw my consent", "i no longer consent",
    ];

    /// <summary>Around a withdrawal: "sorry, ik wil toch niet meer hoor".</summary>
    public static readonly HashSet<string> Filler = Set("nee sorry meer meedoen hoor aub alsjeblieft pls please anymore no toch");

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
