using GesprekBot.Language;

namespace GesprekBot.Dialogs.Network;

/// <summary>Why a RADIO(U) move is suggested; the caseworker reads it as a sentence from resources.</summary>
public enum RadioReason
{
    /// <summary>Deblokkeren: the client calls the relation difficult.</summary>
    DifficultRelation,

    /// <summary>Reanimeren: a good relation, but contact has become rare.</summary>
    FadedContact,

    /// <summary>Intensiveren: good and frequent contact, yet placed in an outer ring.</summary>
    FrequentButFar,

    /// <summary>Activeren: close by, but the client names no support from them.</summary>
    CloseWithoutSupport,

    /// <summary>Onderhouden: close, good and supportive.</summary>
    CloseAndSupportive,

    /// <summary>Uitbreiden: few people on the map.</summary>
    SmallNetwork,

    /// <summary>Uitbreiden: several life domains have nobody.</summary>
    EmptyDomains,

    /// <summary>Uitbreiden: only professionals in the inner rings.</summary>
    OnlyProfessionalsClose,

    /// <summary>Uitbreiden: nobody in the inner rings.</summary>
    NobodyClose,

    /// <summary>Veiligheid eerst: the client named this member in a message about violence or abuse.</summary>
    NamedInDangerSignal,
}

/// <summary>
/// A suggested move, for one member (<see cref="MemberId"/> set) or for the whole map, with the
/// reason that triggered it and the figures behind it.
/// </summary>
public sealed record RadioSuggestion(
    RadioMove Move,
    RadioReason Reason,
    string? MemberId = null,
    int? Count = null,
    IReadOnlyList<LifeDomain>? Domains = null);
