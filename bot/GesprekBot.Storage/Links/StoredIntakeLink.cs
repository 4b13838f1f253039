namespace GesprekBot.Storage.Links;

public enum IntakeLinkKind
{
    /// <summary>A conversation the intake was filled in.</summary>
    Conversation = 0,

    /// <summary>A resume code issued for the intake.</summary>
    ResumeCode = 1,
}

/// <summary>
/// One link of an intake. <paramref name="Identity"/> tells links of a kind apart (the state key,
/// the code) and is only stored as a hash; <paramref name="Value"/> is what the erasure needs, encrypted.
/// </summary>
public sealed record StoredIntakeLink(IntakeLinkKind Kind, string Identity, string Value);
