using GesprekBot.Dialogs.Intake;
using GesprekBot.Language;
using static GesprekBot.Dialogs.Erasure.ErasureWords;

namespace GesprekBot.Dialogs.Erasure;

/// <summary>
/// Recognises an erasure request by its shape — an erase verb aimed at the client's data — rather
/// than by a list of sentences: "wis mijn gegevens aub", "ik wil dat je alles wist", "stoppen en
/// alles wissen", "can you delete all of my data". An erase verb aimed at a person ("verwijder de
/// buurvrouw", "verwijder alles over Tom") stays a map correction, a negation ("wis niets") or
/// another subject ("hij wist alles", "mijn ma heeft alles gewist") stays an answer, and a long
/// message that merely mentions erasing is an answer too.
/// </summary>
internal static class ErasureRequest
{
    public static ErasureKind Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return ErasureKind.None;
        }

        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Count(w => !Filler.Contains(w)) > MaxWords)
        {
            return ErasureKind.None;
        }

        // Per clause, so "ik wil geen hulp meer, wis alles" is a request and "wis het niet" is not.
        var kinds = Clauses(text).Select(Read).ToList();
        return kinds.Contains(ErasureKind.Everything) ? ErasureKind.Everything
            : kinds.Contains(ErasureKind.OneAnswer) ? ErasureKind.OneAnswer
            : ErasureKind.None;
    }

    /// <summary>An intake code in the message ("wis alles van ABCD-EFGH"), as the client may name it; null when none.</summary>
    public static string? CodeIn(string? text)
    {
        var words = (text ?? string.Empty).Split([' ', ',', ':', ';', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // A dash, or a digit: "GEGEVENS" is eight letters of the code alphabet too.
            var word = words[i].TrimEnd('.', '!', '?');
            if ((word.Contains('-', StringComparison.Ordinal) || word.Any(char.IsAsciiDigit)) && IntakeCodes.Normalize(word) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private static IEnumerable<string[]> Clauses(string text)
    {
        foreach (var part in text.Split([',', ';', '.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = new List<string>();
            foreach (var word in TextNormalizer.Normalize(part).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word is "en" or "maar" or "and" or "but")
                {
                    yield return [.. clause];
                    clause.Clear();
                }
                else
                {
                    clause.Add(word);
                }
            }

            yield return [.. clause];
        }
    }

    private static ErasureKind Read(string[] words)
    {
        var verb = FindVerb(words);
        if (verb < 0 || words.Any(Negations.Contains) || words.Take(verb).Any(OtherSubjects.Contains))
        {
            return ErasureKind.None;
        }

        if (HasOwnData(words))
        {
            return ErasureKind.Everything;
        }

        if (IsOneAnswer(words, verb))
        {
            return ErasureKind.OneAnswer;
        }

        // A bare verb ("wissen", "delete", "ik wil wissen aub"): its object is everything.
        return words.All(w => Verbs.Contains(w) || Filler.Contains(w) || w is "ik" or "wil" or "i" or "want" or "to")
            ? ErasureKind.Everything
            : ErasureKind.None;
    }

    private static bool IsOneAnswer(string[] words, int verb)
    {
        if (words.Any(w => w is "antwoord" or "answer"))
        {
            return true;
        }

        var others = words.Where((w, i) => i != verb && !Filler.Contains(w)).ToList();
        return others.All(OneThing.Contains) && others.Any(w => w is not ("ik" or "wil" or "i" or "want" or "to"));
    }

    private static int FindVerb(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Verbs.Contains(word)
                || (YouForms.Contains(word) && words.Take(i).Any(You.Contains))
                || (Participles.Contains(word) && words.Any(Auxiliaries.Contains))
                || (word == "weg" && words.Take(i).Any(AwayVerbs.Contains)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A data word that is the client's own: not "alles over Tom", not "de gegevens van mijn broer".</summary>
    private static bool HasOwnData(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!Data.Contains(words[i]) || RemovesSomeoneFrom(words, i))
            {
                continue;
            }

            if (i + 1 >= words.Length || !Of.Contains(words[i + 1]))
            {
                return true;
            }

            var owner = i + 2 < words.Length ? words[i + 2] : null;
            var after = i + 3 < words.Length ? words[i + 3] : null;
            if (owner is null || Mine.Contains(owner) || (owner is "mijn" or "my" or "het" or "the" && (after is null || Data.Contains(after))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"verwijder Tom uit het gesprek": the data word is where something is removed from.</summary>
    private static bool RemovesSomeoneFrom(string[] words, int data)
    {
        var i = data - 1;
        while (i >= 0 && words[i] is "de" or "het" or "mijn" or "my" or "the" or "dit" or "deze" or "this")
        {
            i--;
        }

        return i >= 1 && words[i] is "uit" or "van" or "from" or "of" or "in" or "op" && !Data.Contains(words[i - 1]) && !Verbs.Contains(words[i - 1]);
    }
}
