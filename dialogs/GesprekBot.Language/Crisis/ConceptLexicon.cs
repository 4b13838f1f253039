using GesprekBot.Language.Text;

namespace GesprekBot.Language.Crisis;

/// <summary>
/// The concept layer's word classes as stems, not word lists: a stem matches every conjugation
/// ("kras" → "krast", "krasten"), its participle ("gekrast", "gekerfd") and, for long stems, one typo
/// ("verwnod"). Short verbs whose stem would also catch ordinary words ("sla" in "slapen") stay
/// whole-word lists in <see cref="CrisisWords"/>.
/// </summary>
internal static class ConceptLexicon
{
    public static readonly string[] SelfHarmStems = ["snij", "sned", "gesned", "kras", "kerf", "kerv", "verwond", "beschadig", "scratch", "cutting", "slicing"];

    public static readonly string[] ViolenceStems = [
        "knijp", "kneep", "geknep", "duw", "geduw", "krab", "bijt", "gooi", "smijt", "smeet", "wurg", "worg", "schop", "stamp", "stomp", "beuk", "mep", "mishandel",
        "dreig", "bedreig", "neersteek", "neerstak", "strangl", "chok", "punch", "kick"];

    /// <summary>Violence verbs that are also everyday words ("kletsen" is chatting, "krabben" an itch): only with a body part of the client.</summary>
    public static readonly string[] BodyViolenceStems = ["klets", "trek", "trok", "gebroken", "brak", "breek", "pull"];

    public static readonly HashSet<string> Body = [
        "arm", "armen", "pols", "polsen", "been", "benen", "dij", "dijen", "buik", "huid", "lichaam", "lijf", "hoofd", "kop", "keel", "nek",
        "haar", "haren", "gezicht", "hand", "handen", "rug", "oog", "ogen", "mond", "borst", "borsten", "billen", "kaak", "neus", "ribben", "oren", "oor", "lip", "lippen", "tanden", "ears", "ear", "nose", "teeth",
        "arms", "wrist", "wrists", "legs", "leg", "skin", "body", "face", "head", "neck", "throat", "hair", "hand", "hands", "breasts", "chest"];

    public static readonly HashSet<string> Tools = [
        "mes", "mesje", "mesjes", "scheermes", "scheermesje", "scheermesjes", "glasscherf", "scherf", "scherven", "naald", "aansteker",
        "sigaret", "strijkijzer", "razor", "razors", "blade", "blades", "lighter", "knife"];

    public static readonly HashSet<string> SubjectSelf = ["ik", "k", "ikke", "kik", "i", "im", "ive", "id", "ill", "me"];

    public static readonly HashSet<string> ObjectSelf = ["me", "mij", "mezelf", "mijzelf", "myself", "mezelve"];

    public static readonly HashSet<string> StrongSelf = ["mezelf", "mijzelf", "myself", "mezelve", "mijzelve"];

    public static readonly HashSet<string> Mine = ["mijn", "mn", "m", "my", "mijne", "ons", "onze", "our"];

    public static readonly HashSet<string> Us = ["me", "mij", "ons", "us", "mezelf", "kinderen", "kids", "children"];

    /// <summary>Flemish glues "ik" to its verb: "kheb", "kben", "kga".</summary>
    private static readonly HashSet<string> GluedI = ["kheb", "kben", "kga", "kdoe", "kzal", "kwil", "kmoet", "kzit", "khad", "kwas", "kwou", "kdenk", "kweet", "kzie", "kvoel"];

    public static bool IsSubjectSelf(string word) => SubjectSelf.Contains(word) || GluedI.Contains(word);

    /// <summary>Separable particles glued before a participle: "afgeduwd", "neergeslagen", "kapotgeslagen".</summary>
    private static readonly string[] Particles = ["af", "weg", "neer", "omver", "om", "kapot", "dood", "tegen", "in", "op"];

    /// <summary>The word without a particle glued before "ge": "neergeslagen" → "geslagen"; other words as they are.</summary>
    public static string Core(string word)
    {
        foreach (var particle in Particles)
        {
            if (word.Length > particle.Length + 5 && word.StartsWith(particle, StringComparison.Ordinal)
                && word.AsSpan(particle.Length).StartsWith("ge", StringComparison.Ordinal))
            {
                return word[particle.Length..];
            }
        }

        return word;
    }

    /// <summary>The word's start is one edit from the stem: a letter changed, dropped or added.</summary>
    private static bool Typo(string word, string stem)
    {
        for (var length = stem.Length - 1; length <= Math.Min(word.Length, stem.Length + 1); length++)
        {
            if (EditDistance.Compute(word.AsSpan(0, length), stem, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stem match: conjugation by prefix, participle "ge"+stem, one typo in a stem of six letters or more.</summary>
    public static bool Matches(string word, string[] stems)
    {
        word = Core(word);
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal)
                || (word.Length > stem.Length + 2 && word.StartsWith("ge", StringComparison.Ordinal) && word.AsSpan(2).StartsWith(stem, StringComparison.Ordinal)))
            {
                return true;
            }

            // A typo seldom hits both of the first two letters; checking them first keeps the scan cheap. Shorter
            // stems get none: "verwond" is one letter from "verwend", "gebeten" from "gebeden".
            if (stem.Length >= 8 && word.Length >= stem.Length - 1 && word[0] == stem[0] && word[1] == stem[1] && Typo(word, stem))
            {
                return true;
            }
        }

        return false;
    }
}
