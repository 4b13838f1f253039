using System.Text;

namespace GesprekBot.Language.Names;

/// <summary>
/// Writes a name as a name: "jo" → "Jo", "jean-luc" → "Jean-Luc", "el hassan" → "El Hassan",
/// "o'brien" → "O'Brien", "KIM" → "Kim"; a word the client capitalised inside ("McKenzie", "DeeDee") stays as typed,
/// and so does a lower-case particle inside the name ("Jan van den Broeck").
/// </summary>
internal static class NameCasing
{
    public static string Apply(string raw)
    {
        var words = raw.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => Word(w, first: i == 0)));
    }

    private static string Word(string word, bool first)
    {
        var letters = word.Where(char.IsLetter).ToList();
        var allLower = letters.TrueForAll(char.IsLower);
        var allUpper = letters.TrueForAll(char.IsUpper);
        var innerParticle = !first && allLower && NameLexicon.Particles.Contains(word);
        if (innerParticle || (!allLower && !(allUpper && letters.Count >= 3)))
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        var startOfPart = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            builder.Append(startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            // A new part after a hyphen, and after a one-letter prefix with an apostrophe ("o'brien", "d'hondt").
            startOfPart = c is '-' or '\u2010' or '\u2011' || (c is '\'' or '\u2019' && i == 1);
        }

        return builder.ToString();
    }
}
