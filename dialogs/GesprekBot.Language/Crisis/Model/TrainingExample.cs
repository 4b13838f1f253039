namespace GesprekBot.Language.Crisis.Model;

/// <summary>One labelled sentence: its kind (null for harmless) and where it came from (the "# from" block of the file).</summary>
internal sealed record TrainingExample(CrisisKind? Kind, string Text, string Source)
{
    /// <summary>The class index of the model: 0 for harmless, kind + 1 otherwise.</summary>
    public int Label => Kind is { } kind ? (int)kind + 1 : 0;
}
