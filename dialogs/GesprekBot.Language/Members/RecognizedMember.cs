namespace GesprekBot.Language;

/// <summary>One member of the client's network as recognised in their words.</summary>
/// <param name="Label">As the client said it, with its article or possessive: "mijn mama", "mijn broer Tom", "de buurvrouw".</param>
/// <param name="Name">A proper name when given ("Tom"), first letter capitalised, else null.</param>
/// <param name="Role">The normalised Dutch role ("moeder", "buur", "begeleider"), the animal's kind for animals,
/// the kind of place or group for places and groups; null for a name without a role.</param>
/// <param name="Kind">Person, group, animal or place.</param>
/// <param name="Domain">The life domain; <see cref="LifeDomain.Unknown"/> when the words do not tell.</param>
/// <param name="NoLongerInContact">True when the client says the contact is over ("zie ik niet meer", "is overleden").</param>
public sealed record RecognizedMember(
    string Label,
    string? Name,
    string? Role,
    MemberKind Kind,
    LifeDomain Domain,
    bool NoLongerInContact = false);
