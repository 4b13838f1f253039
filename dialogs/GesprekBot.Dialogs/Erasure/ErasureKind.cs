namespace GesprekBot.Dialogs.Erasure;

/// <summary>What a message asks to erase.</summary>
internal enum ErasureKind
{
    /// <summary>Not an erasure request (an answer, a correction such as "verwijder Tom").</summary>
    None,

    /// <summary>"wis mijn gegevens", "verwijder alles", "delete my data".</summary>
    Everything,

    /// <summary>"wis dat antwoord", "verwijder het laatste": one answer, not everything.</summary>
    OneAnswer,
}
