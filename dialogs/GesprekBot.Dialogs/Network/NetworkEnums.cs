namespace GesprekBot.Dialogs.Network;

/// <summary>Kinds of support (received from or given to a member), from seed 004.</summary>
public enum SupportType
{
    /// <summary>Emotionele steun.</summary>
    Emotional,

    /// <summary>Praktische hulp.</summary>
    Practical,

    /// <summary>Gezelschap en ontspanning.</summary>
    Companionship,

    /// <summary>Advies en informatie.</summary>
    Advice,
}

/// <summary>How the client experiences the relation.</summary>
public enum RelationQuality
{
    Good,
    Mixed,
    Difficult,
}

/// <summary>The RADIO(U) moves of seed 004 to strengthen a network.</summary>
public enum RadioMove
{
    /// <summary>Reanimeren: bring a faded contact back to life.</summary>
    Reanimate,

    /// <summary>Activeren: put a member's qualities to work.</summary>
    Activate,

    /// <summary>Deblokkeren: talk through and remove what blocks the relation.</summary>
    Unblock,

    /// <summary>Intensiveren: deepen a contact.</summary>
    Intensify,

    /// <summary>Onderhouden: keep investing in a relation that works.</summary>
    Maintain,

    /// <summary>Uitbreiden: extend the network.</summary>
    Expand,

    /// <summary>
    /// Not a RADIO move but what comes before any: "veiligheid eerst" for a member named in a message
    /// about violence or abuse. Never offered to the client as a wish.
    /// </summary>
    SafetyFirst,
}

/// <summary>Who gave an answer or filled in a map.</summary>
public enum AnsweredBy
{
    Client,
    Caseworker,
}
