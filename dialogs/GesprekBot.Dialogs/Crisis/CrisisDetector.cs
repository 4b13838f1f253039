using GesprekBot.Dialogs.Consent;
using GesprekBot.Dialogs.Intake;
using GesprekBot.Language.Crisis;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>A danger signal found in a message.</summary>
/// <param name="Categories">Every category found, most urgent (suicide) first.</param>
/// <param name="TriggerWords">The client's words that carry the signal, as they wrote them (for the caseworker).</param>
public sealed record CrisisSignal(IReadOnlyList<CrisisCategory> Categories, IReadOnlyList<string> TriggerWords)
{
    /// <summary>The words may be a signal but may also be harmless: ask gently instead of raising the alarm.</summary>
    public bool Unsure { get; init; }

    /// <summary>A method, a plan or danger right now was named: the answer starts with 112.</summary>
    public bool ImmediateDanger { get; init; }
}

/// <summary>Finds danger signals in free text: the dialogs' view of the language library's <see cref="CrisisRecognizer"/>.</summary>
public static class CrisisDetector
{
    public static CrisisSignal? Detect(string? text)
    {
        var findings = CrisisRecognizer.Recognize(text);
        if (findings.Count == 0)
        {
            return null;
        }

        // A message that is wholly "I take my consent back" ("ik wil niet meer meedoen") is about the chat:
        // an unsure reading of it ("niet meer" looks like "er niet meer zijn") would answer a client who
        // wants to stop with a question about suicide. A sure finding still stands.
        if (findings.All(f => f.Unsure) && ConsentReading.IsWithdrawal(ConsentReading.Normalize(text)))
        {
            return null;
        }

        return new CrisisSignal(
            [.. findings.Select(f => Category(f.Kind)).Distinct().Order()],
            [.. findings.Select(f => f.Evidence).Distinct(StringComparer.Ordinal)])
        {
            Unsure = findings.All(f => f.Unsure),
            ImmediateDanger = findings.Any(f => f.ImmediateDanger),
        };
    }

    private static CrisisCategory Category(CrisisKind kind) => kind switch
    {
        CrisisKind.Suicide => CrisisCategory.Suicide,
        CrisisKind.SelfHarm => CrisisCategory.SelfHarm,
        CrisisKind.Violence => CrisisCategory.Violence,
        CrisisKind.Abuse => CrisisCategory.Abuse,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown crisis kind."),
    };
}
