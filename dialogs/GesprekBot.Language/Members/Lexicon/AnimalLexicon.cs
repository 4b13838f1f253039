namespace GesprekBot.Language.Members.Lexicon;

/// <summary>Animals (Inclusieweb maps persons, animals and places); the role is the animal's kind.</summary>
internal static class AnimalLexicon
{
    public static void Register(LexiconBuilder b)
    {
        b.Animal("hond", "hond|hondje|hondeke|hondjes|puppy|pup|reu|teef|viervoeter|woef|dog", "honden|hondjes|puppys|hondekes");
        b.Animal("kat", "kat|katje|poes|poesje|kater|poezeke|pussy|kitten|katteke|kattenbeest", "katten|katjes|poezen|poesjes|kittens");
        b.Animal("konijn", "konijn|konijntje|konijneke|knijn|koniin", "konijnen|konijntjes");
        b.Animal("cavia", "cavia|caviaatje|guinea", "cavias");
        b.Animal("hamster", "hamster|hamstertje|gerbil|woestijnrat|rat|ratje|muis|muisje|fret|chinchilla", "hamsters|ratten|muizen");
        b.Animal("paard", "paard|paardje|pony|ezel|ezeltje|veulen", "paarden|ponys|ezels");
        b.Animal("vogel", "vogel|vogeltje|parkiet|parkietje|kanarie|papegaai|grasparkiet|valkparkiet|duif|kip|kieken|haan|eend", "vogels|parkieten|kanaries|duiven|kippen|kiekens|eenden");
        b.Animal("vis", "vis|visje|goudvis|goudvisje|aquarium", "vissen|visjes|goudvissen");
        b.Animal("schildpad", "schildpad|schildpadje|hagedis|slang|gekko|leguaan|baardagaam|reptiel|kikker", "schildpadden|hagedissen|slangen|reptielen");
        b.Animal("geit", "geit|geitje|schaap|schaapje|lammetje|koe|varken|varkentje|alpaca", "geiten|schapen|koeien|varkens|alpacas");
        b.Animal("huisdier", "huisdier|beestje|beest|dier|diertje", "huisdieren|beestjes|dieren|diertjes");
    }
}
