using System.Runtime.CompilerServices;
using GesprekBot.Language.Text;

namespace GesprekBot.Language.Choices;

/// <summary>One way to say a choice, in matching form.</summary>
/// <param name="Words">All words, for finding the phrase as said ("gezelschap en ontspanning").</param>
/// <param name="Content">The words without "en", "de", … for fuzzy scoring.</param>
/// <param name="Joined">The content words joined by spaces.</param>
internal sealed record ChoicePhrase(string[] Words, string[] Content, string Joined);

/// <summary>
/// The choices in matching form: each choice's phrases (text and synonyms). Built once per choice
/// list instance and reused while the list holds the same options (dialogs pass the same list each turn).
/// </summary>
internal sealed class ChoiceTable
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ChoiceOption>, CachedTable> Cache = [];

    private readonly List<ChoicePhrase[]> rows = [];
    private readonly Dictionary<string, int> wordChoiceCount = new(StringComparer.Ordinal);

    private ChoiceTable()
    {
    }

    public int Count => rows.Count;

    public ChoicePhrase[] this[int index] => rows[index];

    public static ChoiceTable For(IReadOnlyList<ChoiceOption> choices)
    {
        if (Cache.TryGetValue(choices, out var cached) && Same(cached.Snapshot, choices))
        {
            return cached.Table;
        }

        var table = Build(choices);
        Cache.AddOrUpdate(choices, new CachedTable(choices.ToArray(), table));
        return table;
    }

    public static bool IsStopWord(string word) => word is "en" or "de" or "het" or "een" or "of" or "van" or "voor" or "met";

    /// <summary>True when the word belongs to exactly one choice, so it alone identifies it.</summary>
    public bool IsDistinctive(string word) => wordChoiceCount.GetValueOrDefault(word) == 1 && word.Length >= 4;

    private sealed record CachedTable(ChoiceOption[] Snapshot, ChoiceTable Table);

    private static bool Same(ChoiceOption[] snapshot, IReadOnlyList<ChoiceOption> choices)
    {
        if (snapshot.Length != choices.Count)
        {
            return false;
        }

        for (var i = 0; i < snapshot.Length; i++)
        {
            if (!ReferenceEquals(snapshot[i], choices[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static ChoiceTable Build(IReadOnlyList<ChoiceOption> choices)
    {
        var table = new ChoiceTable();
        foreach (var choice in choices)
        {
            var phrases = new List<ChoicePhrase>();
            foreach (var text in Enumerable.Prepend(choice?.Synonyms ?? [], choice?.Text ?? string.Empty))
            {
                var words = Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => t.Norm).Take(16).ToArray();
                var content = words.Where(w => !IsStopWord(w)).ToArray();
                if (content.Length > 0)
                {
                    phrases.Add(new ChoicePhrase(words, content, string.Join(' ', content)));
                }
            }

            foreach (var word in phrases.SelectMany(p => p.Content).ToHashSet(StringComparer.Ordinal))
            {
                table.wordChoiceCount[word] = table.wordChoiceCount.GetValueOrDefault(word) + 1;
            }

            table.rows.Add(phrases.ToArray());
        }

        return table;
    }
}
