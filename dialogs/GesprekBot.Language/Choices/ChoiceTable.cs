using GesprekBot.Language.Text;

namespace GesprekBot.Language.Choices;

/// <summary>The choices in matching form: each choice's phrases (text and synonyms) as word arrays.</summary>
internal sealed class ChoiceTable
{
    private readonly List<(string[][] Phrases, HashSet<string> Words)> rows = [];
    private readonly Dictionary<string, int> wordChoiceCount = new(StringComparer.Ordinal);

    private ChoiceTable()
    {
    }

    public int Count => rows.Count;

    public (string[][] Phrases, HashSet<string> Words) this[int index] => rows[index];

    public static ChoiceTable For(IReadOnlyList<ChoiceOption> choices)
    {
        var table = new ChoiceTable();
        foreach (var choice in choices)
        {
            var phrases = new List<string[]>();
            foreach (var text in Enumerable.Prepend(choice?.Synonyms ?? [], choice?.Text ?? string.Empty))
            {
                var words = Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => t.Norm).Take(16).ToArray();
                if (words.Length > 0)
                {
                    phrases.Add(words);
                }
            }

            var set = phrases.SelectMany(p => p).Where(w => !IsStopWord(w)).ToHashSet(StringComparer.Ordinal);
            foreach (var word in set)
            {
                table.wordChoiceCount[word] = table.wordChoiceCount.GetValueOrDefault(word) + 1;
            }

            table.rows.Add((phrases.Count == 0 ? [[]] : phrases.ToArray(), set));
        }

        return table;
    }

    public static bool IsStopWord(string word) => word is "en" or "de" or "het" or "een" or "of" or "van" or "voor" or "met";

    /// <summary>True when the word belongs to exactly one choice, so it alone identifies it.</summary>
    public bool IsDistinctive(string word) => wordChoiceCount.GetValueOrDefault(word) == 1 && word.Length >= 4;
}
