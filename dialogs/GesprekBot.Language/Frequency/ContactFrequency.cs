namespace GesprekBot.Language;

/// <summary>How often the client has contact with a member of the network (the map's bands).</summary>
public enum ContactFrequency
{
    /// <summary>Every day or almost (five times a week or more, or living together).</summary>
    Daily,

    /// <summary>Weekly: from about every two weeks up to four times a week.</summary>
    Weekly,

    /// <summary>Monthly: from about every six weeks up to twice a month.</summary>
    Monthly,

    /// <summary>A few times a year (Christmas, birthdays, holidays).</summary>
    Yearly,

    /// <summary>(Almost) never.</summary>
    Never,
}
