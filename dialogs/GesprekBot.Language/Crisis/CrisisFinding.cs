namespace GesprekBot.Language.Crisis;

/// <summary>One danger signal in a message.</summary>
/// <param name="Kind">What kind of danger.</param>
/// <param name="Evidence">The client's words that carry the signal (a short span of the original text, for the caseworker).</param>
/// <param name="Unsure">The words may be a signal but may be harmless: ask gently before raising the alarm.</param>
/// <param name="ImmediateDanger">A method, a plan or danger right now was named.</param>
public sealed record CrisisFinding(CrisisKind Kind, string Evidence, bool Unsure, bool ImmediateDanger);
