namespace GesprekBot.Language;

/// <summary>The life domain a member belongs to on the network map.</summary>
public enum LifeDomain
{
    /// <summary>Not known from the words alone (a name without a role).</summary>
    Unknown,

    /// <summary>Gezin en familie; pets are counted here too.</summary>
    Family,

    /// <summary>Vrienden.</summary>
    Friends,

    /// <summary>Buurt.</summary>
    Neighbourhood,

    /// <summary>School en werk.</summary>
    SchoolAndWork,

    /// <summary>Vrije tijd en verenigingen.</summary>
    Leisure,

    /// <summary>Hulpverlening: professionals and services.</summary>
    Professional,

    /// <summary>Wonen.</summary>
    Housing,

    /// <summary>Levensbeschouwing.</summary>
    Belief,

    /// <summary>Online.</summary>
    Online,
}
