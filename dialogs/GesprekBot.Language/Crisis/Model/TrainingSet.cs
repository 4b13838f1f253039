using System.Reflection;

namespace GesprekBot.Language.Crisis.Model;

/// <summary>
/// Reads the training file (<c>crisis-training.txt</c>, embedded in this assembly): lines
/// <c>kind&lt;TAB&gt;sentence</c>, kind one of suicide, selfharm, violence, abuse, none; a
/// <c># from …</c> line names the source of the lines below it; other "#" lines are comments.
/// </summary>
internal static class TrainingSet
{
    public const string ResourceName = "GesprekBot.Language.Crisis.Model.crisis-training.txt";

    private const string FromPrefix = "# from ";

    public static IReadOnlyList<TrainingExample> LoadEmbedded() => Parse(EmbeddedFile());

    /// <summary>The embedded training file as it is stored (the model cache's key is made from these bytes).</summary>
    public static byte[] EmbeddedFile()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The crisis training file {ResourceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static IReadOnlyList<TrainingExample> Parse(byte[] file)
    {
        using var reader = new StreamReader(new MemoryStream(file));
        return Parse(reader);
    }

    public static IReadOnlyList<TrainingExample> Parse(TextReader reader)
    {
        var examples = new List<TrainingExample>();
        var source = "";
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.StartsWith(FromPrefix, StringComparison.Ordinal))
            {
                source = line[FromPrefix.Length..].Trim();
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new InvalidDataException($"crisis training line {number}: expected 'kind<TAB>sentence'.");
            }

            examples.Add(new TrainingExample(ParseKind(line[..tab].Trim(), number), line[(tab + 1)..].Trim(), source));
        }

        return examples;
    }

    public static CrisisKind? ParseKind(string kind, int number) => kind switch
    {
        "suicide" => CrisisKind.Suicide,
        "selfharm" => CrisisKind.SelfHarm,
        "violence" => CrisisKind.Violence,
        "abuse" => CrisisKind.Abuse,
        "none" => null,
        _ => throw new InvalidDataException($"crisis training line {number}: unknown kind '{kind}'."),
    };
}
