namespace GesprekBot.Bot.Review;

/// <summary>Configuration section <c>Review</c>: see Review/README.md.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>
    /// The organisation that receives intakes started without a valid invite. Unset: the only
    /// organisation when all accounts share one; with several, such intakes wait in the admins'
    /// "not yet assigned" queue (see Intakes/IntakeOrganisations).
    /// </summary>
    public string? DefaultOrganisation { get; set; }

    /// <summary>Where clients open the chat; invite links are <c>{PublicBaseUrl}/?invite=CODE</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A session not used for this long ends (a computer left open in the office).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however much it is used (a stolen cookie does not live on).</summary>
    public TimeSpan MaxSessionLength { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Created at start when no caseworker exists yet; remove the password from configuration afterwards.</summary>
    public FirstCaseworkerOptions FirstCaseworker { get; set; } = new();
}

public sealed class FirstCaseworkerOptions
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Organisation { get; set; }

    public string? Password { get; set; }
}
