using GesprekBot.Language;

namespace GesprekBot.Dialogs.Consent;

/// <summary>What a client means at the consent question.</summary>
internal enum ConsentIntent
{
    Yes,
    No,
    Question,
    AskFirst,
    Hesitation,
    Unclear,
}

/// <summary>What a question at the consent step is about; <see cref="General"/> when it names nothing we know.</summary>
internal enum ConsentTopic
{
    WhoReads,
    Where,
    HowLong,
    Delete,
    Why,
    Robot,
    Duration,
    Obligation,
    General,
}

/// <summary>
/// Reads a message at the consent question by its shape: a question word or a question verb
/// first, or words about the answers, make it a question, whatever else it holds ("wie mag dit
/// lezen?" is not a "mag" = yes). Only what is left is read as yes or no, so not understood is
/// never a no.
/// </summary>
internal sealed record ConsentReading(ConsentIntent Intent, IReadOnlyList<ConsentTopic> Topics)
{
    public static ConsentReading Read(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return new(ConsentIntent.Unclear, []);
        }

        var words = normalized.Split(' ');
        var hasQuestionMark = text!.Contains('?', StringComparison.Ordinal);
        if (ContainsAny(normalized, ConsentLexicon.AskFirstPhrases))
        {
            return new(ConsentIntent.AskFirst, []);
        }

        if (IsWithdrawal(normalized))
        {
            return new(ConsentIntent.No, []);
        }

        var yesNo = YesNoRecognizer.Recognize(text);
        var topics = FindTopics(normalized, words);
        var asks = hasQuestionMark
            || words.Any(ConsentLexicon.QuestionWords.Contains)
            || StartsWithQuestionVerb(words)
            || (yesNo is null && (topics.Count > 0 || words.Any(ConsentLexicon.DataWords.Contains)));
        if (asks)
        {
            return new(ConsentIntent.Question, topics.Count > 0 ? topics : [ConsentTopic.General]);
        }

        if (IsHesitation(normalized, words))
        {
            return new(ConsentIntent.Hesitation, []);
        }

        return yesNo switch
        {
            true => new(ConsentIntent.Yes, []),
            false => new(ConsentIntent.No, []),
            null => new(ConsentIntent.Unclear, []),
        };
    }

    /// <summary>True when the whole message says "I take my consent back" ("ik wil toch niet meer meedoen").</summary>
    public static bool IsWithdrawal(string normalized)
    {
        var padded = " " + normalized + " ";
        foreach (var phrase in ConsentLexicon.WithdrawalPhrases)
        {
            var at = padded.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = (padded[..at] + " " + padded[(at + phrase.Length + 2)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rest.All(ConsentLexicon.Filler.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, no accents or punctuation, and "don't" as one word "dont".</summary>
    public static string Normalize(string? text) =>
        TextNormalizer.Normalize(text?.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal));

    private static List<ConsentTopic> FindTopics(string normalized, string[] words)
    {
        var topics = new List<ConsentTopic>();
        void Add(ConsentTopic topic, bool found)
        {
            if (found && !topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        var howLong = ContainsAny(normalized, ConsentLexicon.HowLongPhrases);
        var duration = words.Any(ConsentLexicon.DurationWords.Contains);
        Add(ConsentTopic.WhoReads, words.Any(ConsentLexicon.ReadWords.Contains));
        Add(ConsentTopic.Where, words.Any(ConsentLexicon.WhereWords.Contains) && !(words.Contains("waar") && words.Contains("voor")));
        Add(ConsentTopic.HowLong, howLong && !duration);
        Add(ConsentTopic.Duration, duration && (howLong || words.Contains("lang") || words.Contains("long")));
        Add(ConsentTopic.Delete, words.Any(ConsentLexicon.DeleteWords.Contains));
        Add(ConsentTopic.Why, words.Any(ConsentLexicon.WhyWords.Contains) || (words.Contains("waar") && words.Contains("voor")));
        Add(ConsentTopic.Robot, words.Any(ConsentLexicon.RobotWords.Contains));
        Add(ConsentTopic.Obligation, words.Any(ConsentLexicon.ObligationWords.Contains) || ContainsAny(normalized, ConsentLexicon.ObligationPhrases));

        // "Wie ...?" with nothing else we know is about who reads it; "wie ben jij?" is about the bot.
        Add(ConsentTopic.WhoReads, topics.Count == 0 && (words.Contains("wie") || words.Contains("who")));
        return topics;
    }

    // "is dat goed beveiligd" asks, although "goed" is a yes word; "dat is goed" does not start with its verb.
    private static bool StartsWithQuestionVerb(string[] words) =>
        words.Length >= 3
        && ConsentLexicon.QuestionVerbs.Contains(words[0])
        && ConsentLexicon.Subjects.Contains(words[1]);

    private static bool IsHesitation(string normalized, string[] words) =>
        ContainsAny(normalized, ConsentLexicon.HesitationPhrases)
        || words.All(w => w.Length > 0 && w.Trim('h', 'm').Length == 0)
        || YesNoRecognizer.Recognize(normalized) is null && words.Any(w => w is "twijfel" or "twijfels" or "misschien");

    /// <summary>True when one of the phrases occurs as whole words.</summary>
    private static bool ContainsAny(string normalized, IEnumerable<string> phrases)
    {
        var padded = " " + normalized + " ";
        return phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }
}
