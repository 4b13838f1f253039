namespace GesprekBot.Language;

/// <summary>What a member of the network is (Inclusieweb places persons, animals and places).</summary>
public enum MemberKind
{
    /// <summary>One person: "mijn mama", "Tom", "de huisarts".</summary>
    Person,

    /// <summary>Several people or an organisation: "mijn vrienden", "de scouts", "het OCMW".</summary>
    Group,

    /// <summary>An animal: "mijn hond Max", "onze kat".</summary>
    Animal,

    /// <summary>A place: "de kerk", "het park", "de bib".</summary>
    Place,
}
