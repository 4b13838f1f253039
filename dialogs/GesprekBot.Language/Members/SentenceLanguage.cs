using GesprekBot.Language.Text;

namespace GesprekBot.Language.Members;

/// <summary>
/// Whether an answer is written in English, counted from frequent function words of each language. Only a
/// few words mean something else in the other language ("an" is a Dutch name, "of" is Dutch "or"); the
/// scanner reads those the English way only in an English answer.
/// </summary>
internal static class SentenceLanguage
{
    private static readonly HashSet<string> English = Lexicon.FunctionWords.Set(
        "my our his her their your the a an and or with from at of i i'm im she he they we you have has had is are was were " +
        "who lives live don't dont anymore also but because to for");

    private static readonly HashSet<string> Dutch = Lexicon.FunctionWords.Set(
        "mijn mn mijne ons onze zijn haar hun de het een en of met van bij ik ze hij wij we niet nie die dat heb heeft " +
        "ook nog maar want naar voor is");

    public static bool IsEnglish(List<Token> tokens)
    {
        var (english, dutch) = (0, 0);
        foreach (var token in tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            // "is" and "we" belong to both; a word in both lists counts for neither.
            var inEnglish = English.Contains(token.Norm);
            var inDutch = Dutch.Contains(token.Norm);
            english += inEnglish && !inDutch ? 1 : 0;
            dutch += inDutch && !inEnglish ? 1 : 0;
        }

        return english > dutch;
    }
}
