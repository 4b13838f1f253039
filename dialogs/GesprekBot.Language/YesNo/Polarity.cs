namespace GesprekBot.Language.YesNo;

/// <summary>What one word or phrase says in a yes/no answer.</summary>
internal enum Polarity
{
    Yes,
    No,
    Negator,
    Unsure,
}
