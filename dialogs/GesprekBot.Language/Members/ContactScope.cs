using GesprekBot.Language.Members.Lexicon;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members;

/// <summary>
/// Finds the members a client says they no longer see. A phrase like "niet meer" or "overleden"
/// reaches the members of its own part of the sentence (between commas, "maar", "want"), and the
/// bare list before it ("mijn mama, mijn broer en de buurvrouw zie ik niet meer"); after "en"
/// followed by a new verb it stops ("… niet meer en mijn mama zie ik elke dag").
/// </summary>
internal static class ContactScope
{
    public static void MarkEnded(List<Token> tokens, List<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var segments = Segments(tokens);
        foreach (var (start, end) in segments)
        {
            var marker = FindMarker(tokens, start, end);
            if (marker < 0)
            {
                continue;
            }

            var forwardStop = ForwardStop(tokens, marker, end);
            foreach (var mention in mentions)
            {
                if (mention.Start >= start && mention.Start < end && (mention.Start < marker || mention.Start < forwardStop))
                {
                    mention.Ended = true;
                }
            }

            MarkBareListsBefore(tokens, mentions, segments, start);
            MarkPronounReference(tokens, mentions, segments, start, end);
        }
    }

    /// <summary>"mijn broer zit in de gevangenis, ik zie hem nooit": a pronoun points back to the previous part.</summary>
    private static void MarkPronounReference(List<Token> tokens, List<Mention> mentions, List<(int Start, int End)> segments, int start, int end)
    {
        var hasPronoun = false;
        for (var t = start; t < end && !hasPronoun; t++)
        {
            hasPronoun = tokens[t].Norm is "hem" or "haar" or "hen" or "hun" or "ze" or "die" or "diene";
        }

        var index = segments.FindIndex(s => s.Start == start) - 1;
        if (!hasPronoun || index < 0 || mentions.Exists(m => m.Start >= start && m.Start < end))
        {
            return;
        }

        var (s, e) = segments[index];
        if (!Separated(tokens, e, start))
        {
            mentions.FindAll(m => m.Start >= s && m.Start < e).ForEach(m => m.Ended = true);
        }
    }

    /// <summary>True when a sentence break or "maar"/"want" stands between two parts.</summary>
    private static bool Separated(List<Token> tokens, int from, int to)
    {
        for (var t = from; t < to && t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.SentenceBreak || FunctionWords.ClauseBreaks.Contains(tokens[t].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkBareListsBefore(List<Token> tokens, List<Mention> mentions, List<(int Start, int End)> segments, int start)
    {
        var index = segments.FindIndex(s => s.Start == start) - 1;
        while (index >= 0)
        {
            var (s, e) = segments[index];
            if (Separated(tokens, e, segments[index + 1].Start))
            {
                return;
            }

            var inSegment = mentions.FindAll(m => m.Start >= s && m.Start < e);
            var covered = 0;
            for (var t = s; t < e; t++)
            {
                if (!tokens[t].IsWord || FunctionWords.ListWords.Contains(tokens[t].Norm) || inSegment.Exists(m => t >= m.Start && t < m.End))
                {
                    covered++;
                }
            }

            if (inSegment.Count == 0 || covered != e - s)
            {
                return;
            }

            inSegment.ForEach(m => m.Ended = true);
            index--;
        }
    }

    private static List<(int Start, int End)> Segments(List<Token> tokens)
    {
        var segments = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || !tokens[i].IsWord || FunctionWords.ClauseBreaks.Contains(tokens[i].Norm))
            {
                if (i > start)
                {
                    segments.Add((start, i));
                }

                start = i + 1;
            }
        }

        return segments;
    }

    private static int FindMarker(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            foreach (var phrase in FunctionWords.EndedContact)
            {
                if (i + phrase.Length <= end && PhraseMatcher.MatchesAt(tokens, phrase, i) && !Softened(tokens, i, i + phrase.Length, end))
                {
                    return i;
                }
            }

            if (tokens[i].Norm == "nooit" && (i == start || tokens[i - 1].Norm is not ("bijna" or "haast" or "zo" or "praktisch")))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Softened(List<Token> tokens, int phraseStart, int phraseEnd, int end) =>
        (phraseEnd < end && FunctionWords.Softeners.Contains(tokens[phraseEnd].Norm))
        || (phraseStart > 0 && tokens[phraseStart - 1].Norm is "bijna" or "haast");

    private static int ForwardStop(List<Token> tokens, int marker, int end)
    {
        for (var i = marker + 1; i < end; i++)
        {
            if (tokens[i].Norm == "en")
            {
                for (var j = i + 1; j < end; j++)
                {
                    if (FunctionWords.ClauseVerbs.Contains(tokens[j].Norm))
                    {
                        return i;
                    }
                }
            }
        }

        return end;
    }
}
