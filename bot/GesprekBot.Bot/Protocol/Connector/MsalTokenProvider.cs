using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>
/// The bot's outbound token from the Microsoft identity platform through MSAL: client secret,
/// certificate or user-assigned managed identity (see <see cref="BotTokenOptions"/>). MSAL's own token
/// cache keeps the token and hands out a new one shortly before it expires.
/// </summary>
internal sealed partial class MsalTokenProvider : IBotTokenProvider, IDisposable
{
    public const string ClientName = "GesprekBot.BotToken";

    private readonly string[] scopes;
    private readonly IConfidentialClientApplication? confidential;
    private readonly IManagedIdentityApplication? managed;
    private readonly X509Certificate2? certificate;
    private readonly ILogger<MsalTokenProvider> logger;

    public MsalTokenProvider(IHttpClientFactory clients, IOptions<BotOptions> bot, IOptions<BotTokenOptions> token, ILogger<MsalTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(token);
        this.logger = logger;
        var settings = bot.Value;
        var options = token.Value;
        scopes = [options.Scope is { Length: > 0 } scope ? scope : settings.OAuthScope];
        if (!settings.AuthenticationEnabled)
        {
            return;
        }

        var http = new MsalHttpClients(clients);
        if (options.ManagedIdentityClientId is { Length: > 0 } identity)
        {
            managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(identity))
                .WithHttpClientFactory(http)
                .Build();
            // A managed identity asks for a resource, not a ".default" scope.
            scopes = [scopes[0].EndsWith("/.default", StringComparison.Ordinal) ? scopes[0][..^"/.default".Length] : scopes[0]];
            return;
        }

        certificate = LoadCertificate(options);
        if (certificate is null && string.IsNullOrEmpty(settings.MicrosoftAppPassword))
        {
            return;
        }

        var authority = options.Authority is { Length: > 0 } configured
            ? configured
            : $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId) ? "botframework.com" : settings.MicrosoftAppTenantId)}";
        var builder = ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithAuthority(authority, validateAuthority: options.InstanceDiscovery)
            .WithInstanceDiscovery(options.InstanceDiscovery)
            .WithHttpClientFactory(http);
        confidential = certificate is not null
            ? builder.WithCertificate(certificate).Build()
            : builder.WithClientSecret(settings.MicrosoftAppPassword).Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (managed is not null)
            {
                return (await managed.AcquireTokenForManagedIdentity(scopes[0]).ExecuteAsync(cancellationToken)).AccessToken;
            }

            return confidential is null
                ? null
                : (await confidential.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken)).AccessToken;
        }
        catch (MsalServiceException ex)
        {
            LogTokenFailed(logger, ex.StatusCode, ex.ErrorCode);
            throw new ConnectorException("Could not get the bot's access token.", (System.Net.HttpStatusCode)ex.StatusCode, ex);
        }
        catch (MsalClientException ex)
        {
            LogTokenUnreachable(logger, ex.ErrorCode);
            throw new ConnectorException("The token endpoint could not be reached.", null, ex);
        }
        catch (HttpRequestException ex)
        {
            LogTokenUnreachable(logger, ex.GetType().Name);
            throw new ConnectorException("The token endpoint could not be reached.", null, ex);
        }
    }

    public void Dispose() => certificate?.Dispose();

    private static X509Certificate2? LoadCertificate(BotTokenOptions options)
    {
        if (options.CertificatePath is { Length: > 0 } path)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        }

        if (options.CertificateThumbprint is not { Length: > 0 } thumbprint)
        {
            return null;
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"Bot:Token:CertificateThumbprint {thumbprint} is not in the My store.");
    }

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Bot token request failed with HTTP {StatusCode} ({ErrorCode})")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode, string errorCode);

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Bot token endpoint could not be reached: {ErrorType}")]
    private static partial void LogTokenUnreachable(ILogger logger, string errorType);
}
