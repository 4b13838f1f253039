namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>
/// How the bot gets its outbound token (section <c>Bot:Token</c>); the app id, secret and tenant
/// stay in <c>Bot</c> (<see cref="BotOptions"/>). One credential is used: a managed identity when
/// <see cref="ManagedIdentityClientId"/> is set, else a certificate when a path or thumbprint is set,
/// else <c>Bot:MicrosoftAppPassword</c>.
/// </summary>
public sealed class BotTokenOptions
{
    public const string SectionName = "Bot:Token";

    /// <summary>Default: <c>https://login.microsoftonline.com/{Bot:MicrosoftAppTenantId or botframework.com}</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>Default: <c>Bot:OAuthScope</c> (https://api.botframework.com/.default).</summary>
    public string? Scope { get; set; }

    /// <summary>A PFX file with the private key (Bot Service "certificate" credential).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>A certificate in the current user's or the machine's "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>The client id of a user-assigned managed identity (Bot type UserAssignedMSI).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Off only for a test authority that Entra ID's instance discovery does not know.</summary>
    public bool InstanceDiscovery { get; set; } = true;
}
