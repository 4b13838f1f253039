namespace GesprekBot.Language.Members.Lexicon;

/// <summary>When a word only names a member: "vrouw" is a partner in "mijn vrouw", not in "een vrouw van het OCMW".</summary>
internal enum Requirement
{
    None,

    /// <summary>Needs an article, possessive or number before it ("het werk", not "ik werk").</summary>
    Determiner,

    /// <summary>Needs a possessive before it ("mijn peter", not "Peter").</summary>
    Possessive,
}

/// <summary>What a lexicon word means as a member.</summary>
/// <param name="Role">Normalised role (singular); null for generic heads ("mensen", "iemand").</param>
/// <param name="PersonRole">For an organisation: the role of one person from it ("iemand van het CAW" is a begeleider).</param>
internal sealed record LexiconEntry(
    string? Role,
    MemberKind Kind,
    LifeDomain Domain,
    bool Plural = false,
    Requirement Requires = Requirement.None,
    string? PersonRole = null)
{
    public bool IsGeneric => Role is null;
}
