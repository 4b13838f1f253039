using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Names;
using GesprekBot.Language.Text;

namespace GesprekBot.Language;

/// <summary>
/// Understands a reply to "Hoe wil je dat ik je noem?" as a caseworker would: the name the client
/// wants to be called by, from a frame ("ik ben kevin", "mijn naam is …", "noem mij maar …",
/// "ze noemen mij Dee", "my name is Sarah", "call me Sam") or a bare name with greetings around it;
/// the name they go by wins ("ik heet Els maar iedereen noemt mij Elske" → Elske). A question back
/// is a question, never a name; "liever niet" is a refusal.
/// </summary>
public static class NameRecognizer
{
    /// <summary>A name of more words than this (particles such as "van" not counted) is checked back.</summary>
    private const int SureWords = 3;

    /// <summary>Longer than this is a sentence, not a name.</summary>
    private const int MaxWords = 6;

    /// <summary>Reads one reply; never null, never throws.</summary>
    public static NameReply Recognize(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (text is null || !tokens.Exists(t => t.IsWord))
        {
            return NameReply.None;
        }

        if (FromFrames(text, tokens) is { } framed)
        {
            return framed;
        }

        var first = tokens.FindIndex(t => t.IsWord && !NameLexicon.Fillers.Contains(t.Norm));
        if (first >= 0 && NameLexicon.QuestionStarts.Contains(tokens[first].Norm))
        {
            return new NameReply(NameReplyKind.Question);
        }

        if (IsRefusal(tokens))
        {
            return new NameReply(NameReplyKind.Skip);
        }

        var asked = text.Contains('?', StringComparison.Ordinal);
        if (WithoutQuestionTail(tokens) is { } named && Bare(text, named) is { } polite)
        {
            return polite;
        }

        if (Bare(text, tokens) is { } bare)
        {
            return asked ? bare with { Unsure = true } : bare;
        }

        return asked ? new NameReply(NameReplyKind.Question) : NameReply.None;
    }

    /// <summary>
    /// The name in a sentence said elsewhere than at the name question (at the summary: "mijn naam is
    /// kevin", "noem mij liever Kev", "my name is Sarah, not Sara"): only a sure name after a frame that
    /// speaks of the client's own name, never "ik ben …" ("ik ben Lies vergeten") or a bare name.
    /// </summary>
    /// <returns>The name, or null when the sentence does not say what the client is called.</returns>
    public static string? RecognizeCorrection(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return text is not null && FromFrames(text, tokens, correction: true) is { IsSureName: true, Name: { } name } ? name : null;
    }

    /// <summary>The strongest frame that is followed by a name; of equal ones the last.</summary>
    private static NameReply? FromFrames(string text, List<Token> tokens, bool correction = false)
    {
        NameReply? best = null;
        var bestStrength = FrameStrength.Weak;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, strength) in NameLexicon.Frames)
            {
                if ((best is not null && strength < bestStrength) || !PhraseMatcher.MatchesAt(tokens, words, i)
                    || (correction && !SaysOwnName(tokens, i, words, strength))
                    || After(text, tokens, i + words.Length, strength) is not { } name)
                {
                    continue;
                }

                best = name;
                bestStrength = strength;
            }
        }

        return best;
    }

    /// <summary>Outside the name question a frame must be about the client's own name: "mijn naam is", "noem mij", "ik heet".</summary>
    private static bool SaysOwnName(List<Token> tokens, int at, string[] words, FrameStrength strength) =>
        strength != FrameStrength.Weak && words[0] is not ("zeg" or "mag")
        && (words[0] is not ("naam" or "name" or "names") || (at > 0 && NameLexicon.Own.Contains(tokens[at - 1].Norm)));

    /// <summary>The name right after a frame, or null when what follows is not one ("ik ben moe").</summary>
    private static NameReply? After(string text, List<Token> tokens, int at, FrameStrength strength)
    {
        while (at < tokens.Count && tokens[at].IsWord && NameLexicon.AfterFrame.Contains(tokens[at].Norm))
        {
            at++;
        }

        if (at + 1 < tokens.Count && NameLexicon.ArticlesBeforeFirstName.Contains(tokens[at].Norm) && FirstNames.All.Contains(tokens[at + 1].Norm))
        {
            at++;
        }

        var end = at;
        while (end < tokens.Count && end - at < MaxWords && (NameWords.IsName(tokens[end]) || NameWords.IsParticleBefore(tokens, end)))
        {
            end++;
        }

        if (end > at)
        {
            var state = strength == FrameStrength.Weak && end - at == 1 && !tokens[at].Capitalised && NameWords.LooksLikeState(tokens[at].Norm);
            return state ? null : Make(text, tokens, at, end, unsure: false);
        }

        // An ordinary word after a frame may be a nickname ("noem mij maar Schat"); after "ik ben" only with a capital.
        var ordinary = at < tokens.Count && NameWords.IsOrdinary(tokens[at]) && (strength != FrameStrength.Weak || tokens[at].Capitalised)
            && (at + 1 >= tokens.Count || !tokens[at + 1].IsWord || NameLexicon.Closers.Contains(tokens[at + 1].Norm));
        return ordinary ? Make(text, tokens, at, at + 1, unsure: true) : null;
    }

    /// <summary>
    /// A reply that is only a name, with greetings and fillers around it ("hoi, Kevin", "noor hier"); of
    /// alternatives the last ("Anneleen, of Leen").
    /// </summary>
    private static NameReply? Bare(string text, List<Token> tokens)
    {
        var words = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsWord).ToList();
        var kept = words.Where(i => !NameLexicon.Fillers.Contains(tokens[i].Norm)).ToList();
        if (kept.Count == 0)
        {
            // "jo" and "dag" greet, but alone they are a name.
            return words.Count == 1 && NameLexicon.NameLikeFillers.Contains(tokens[words[0]].Norm)
                ? Make(text, tokens, words[0], words[0] + 1, unsure: false)
                : null;
        }

        if (kept.Count > MaxWords)
        {
            return null;
        }

        NameReply? last = null;
        var start = kept[0];
        for (var i = kept[0]; i <= kept[^1] + 1; i++)
        {
            var boundary = i > kept[^1] || !tokens[i].IsWord || tokens[i].Norm is "of" or "or" or "ofwel";
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                last = Alternative(text, tokens, start, i);
                if (last is null)
                {
                    return null;
                }
            }

            start = i + 1;
        }

        return last;
    }

    private static NameReply? Alternative(string text, List<Token> tokens, int start, int end)
    {
        var unsure = false;
        for (var i = start; i < end; i++)
        {
            if (!tokens[i].IsWord || NameLexicon.Fillers.Contains(tokens[i].Norm))
            {
                continue;
            }

            if (NameWords.IsOrdinary(tokens[i]))
            {
                unsure = true;
            }
            else if (!NameWords.IsName(tokens[i]) && !NameWords.IsParticleBefore(tokens, i))
            {
                return null;
            }
        }

        while (start < end && NameLexicon.Fillers.Contains(tokens[start].Norm))
        {
            start++;
        }

        while (end > start && NameLexicon.Fillers.Contains(tokens[end - 1].Norm) && end - 1 > start)
        {
            end--;
        }

        return start < end ? Make(text, tokens, start, end, unsure) : null;
    }

    private static NameReply Make(string text, List<Token> tokens, int start, int end, bool unsure)
    {
        var first = tokens[start];
        var last = tokens[end - 1];
        var name = NameCasing.Apply(text.Substring(first.Start, last.Start + last.Length - first.Start));
        var words = Enumerable.Range(start, end - start).Count(i => tokens[i].IsWord && !NameLexicon.Particles.Contains(tokens[i].Norm));
        var digits = name.Any(char.IsAsciiDigit);
        return new NameReply(NameReplyKind.Name, name, unsure || digits || words > SureWords);
    }

    /// <summary>The tokens before "en jij?" at the end, or null when the reply does not end so.</summary>
    private static List<Token>? WithoutQuestionTail(List<Token> tokens)
    {
        var words = tokens.FindAll(t => t.IsWord);
        foreach (var tail in NameLexicon.QuestionTails)
        {
            if (words.Count > tail.Length && PhraseMatcher.MatchesAt(words, tail, words.Count - tail.Length))
            {
                var cut = tokens.IndexOf(words[^tail.Length]);
                return tokens[..cut];
            }
        }

        return null;
    }

    private static bool IsRefusal(List<Token> tokens)
    {
        if (PhraseMatcher.ContainsAny(tokens, NameLexicon.Refusals))
        {
            return true;
        }

        var words = tokens.Where(t => t.IsWord && !NameLexicon.Fillers.Contains(t.Norm)).ToList();
        return words.Count > 0 && words.TrueForAll(t => NameLexicon.No.Contains(t.Norm));
    }
}
