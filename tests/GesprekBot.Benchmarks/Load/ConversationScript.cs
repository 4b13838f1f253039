namespace GesprekBot.Benchmarks.Load;

/// <summary>
/// What a simulated client types, turn by turn. Ordinary intake answers: the consent, a name,
/// then free text, numbers and the words clients use to move on. Whatever the dialogs ask,
/// every line is a valid turn.
/// </summary>
internal static class ConversationScript
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "hallo",
        "ja",
        "Sam",
        "ik zoek hulp want ik geraak niet rond met mijn geld",
        "ja",
        "dat ik rustig wakker word en geen brieven meer moet openen",
        "mijn mama zou zien dat ik meer lach",
        "4",
        "ik heb al een budget gemaakt",
        "dat ik elke maand iets kan sparen",
        "mijn broer Tom en de buurvrouw",
        "verder",
        "overslaan",
        "7",
    ];
}
