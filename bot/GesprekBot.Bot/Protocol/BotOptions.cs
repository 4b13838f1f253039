namespace GesprekBot.Bot.Protocol;

/// <summary>The bot's identity and channel-authentication settings, bound from the <c>Bot</c> section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    internal static readonly string[] DefaultValidIssuers = ["https://api.botframework.com"];

    // The two Emulator tenants: tokens minted for v1 (sts.windows.net) and v2 (login.microsoftonline.com) endpoints.
    internal static readonly string[] DefaultEmulatorValidIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>When empty, /api/messages accepts unauthenticated requests and replies carry no token.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Set for a single-tenant bot; otherwise the multi-tenant botframework.com authority is used.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuers of channel tokens; empty means the public-cloud default.</summary>
    public IList<string> ValidIssuers { get; } = [];

    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Issuers of Emulator tokens; empty means the Emulator tenants plus our own tenant, if set.</summary>
    public IList<string> EmulatorValidIssuers { get; } = [];

    /// <summary>Off only for tests that serve metadata over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// ServiceUrls the bot may send its token to before any authenticated activity came from them,
    /// e.g. for proactive messages right after a restart.
    /// </summary>
    public IList<string> TrustedServiceUrls { get; } = [];

    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Without <see cref="MicrosoftAppId"/>, whether /api/messages takes unauthenticated activities
    /// outside Development: off by default, because then anyone who can reach the bot may post as any
    /// user. For a load test or a local tool on a machine nobody else reaches. The chat page's own
    /// Direct Line needs none of this, and its conversations are never reachable here unauthenticated.
    /// </summary>
    public bool AllowAnonymousMessages { get; set; }

    /// <summary>
    /// Whether Bot Framework Emulator tokens (minted with this bot's own app id and password) are
    /// accepted; they are only ever accepted for activities of channel <c>emulator</c>. Switch off in a
    /// deployment that no developer tests with the Emulator.
    /// </summary>
    public bool AllowEmulator { get; set; } = true;

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IReadOnlyList<string> EffectiveValidIssuers => ValidIssuers.Count > 0 ? [.. ValidIssuers] : DefaultValidIssuers;

    public IReadOnlyList<string> EffectiveEmulatorValidIssuers
    {
        get
        {
            if (EmulatorValidIssuers.Count > 0)
            {
                return [.. EmulatorValidIssuers];
            }

            return string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
                ? DefaultEmulatorValidIssuers
                : [.. DefaultEmulatorValidIssuers,
                    $"https://sts.windows.net/{MicrosoftAppTenantId}/",
                    $"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0"];
        }
    }
}
