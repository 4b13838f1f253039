namespace GesprekBot.Bot.Notices;

/// <summary>Configuration section <c>Notices</c>: see Notices/README.md.</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>
    /// Where caseworkers open the review; the card links to <c>{ReviewBaseUrl}/review/intakes/{id}</c>.
    /// Unset: <c>Review:PublicBaseUrl</c>.
    /// </summary>
    public string? ReviewBaseUrl { get; set; }

    /// <summary>Per organisation (its name as in the review accounts), the Teams channel its notices go to.</summary>
    public Dictionary<string, NoticeOrganisationOptions> Organisations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often the outbox is looked at for due notices.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait after a failed attempt; later waits double, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The zone the card's time is shown in (caseworkers in Flanders).</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>The channel linked for an organisation, or null when none is.</summary>
    public string? ChannelFor(string? organisation) =>
        organisation is { Length: > 0 }
        && Organisations.TryGetValue(organisation.Trim(), out var linked)
        && !string.IsNullOrWhiteSpace(linked.TeamsChannelId)
            ? linked.TeamsChannelId.Trim()
            : null;
}

/// <summary><c>Notices:Organisations:{organisation}</c>.</summary>
public sealed class NoticeOrganisationOptions
{
    /// <summary>The Teams channel id (<c>19:…@thread.tacv2</c>) the bot was added to; see the stored channels.</summary>
    public string? TeamsChannelId { get; set; }
}
