using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>
/// Bot Framework channel and Emulator token checks (PROTOCOL §3). With no app id configured,
/// requests are anonymous and any Authorization header is ignored: without an app id there is
/// no audience to check, so validating it would prove nothing, and no outbound token exists to protect.
/// </summary>
internal sealed class ChannelAuthenticator(
    IOptions<BotOptions> options,
    SignedTokenValidator validator,
    TrustedServiceUrls trustedServiceUrls) : IChannelAuthenticator
{
    private const string BearerPrefix = "Bearer ";
    private static readonly JsonWebTokenHandler Reader = new();

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            return ChannelAuthenticationResult.AnonymousAllowed;
        }

        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Failed("no bearer token");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        var issuer = UnverifiedIssuer(token);
        if (issuer is null)
        {
            return ChannelAuthenticationResult.Failed("malformed token");
        }

        var isEmulator = settings.EffectiveEmulatorValidIssuers.Contains(issuer, StringComparer.Ordinal);
        if (isEmulator && !settings.AllowEmulator)
        {
            return ChannelAuthenticationResult.Failed("emulator tokens are switched off (Bot:AllowEmulator)");
        }

        if (isEmulator && !string.Equals(activity.ChannelId, ChannelIds.Emulator, StringComparison.Ordinal))
        {
            // An Emulator token is the developer's: it must not speak for Teams, Web Chat or any other channel.
            return ChannelAuthenticationResult.Failed("emulator token for a channel other than emulator");
        }

        var failure = isEmulator
            ? await CheckEmulatorAsync(token, activity, settings, cancellationToken)
            : await CheckChannelAsync(token, activity, settings, cancellationToken);
        if (failure is not null)
        {
            return ChannelAuthenticationResult.Failed(failure);
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            trustedServiceUrls.Trust(activity.ServiceUrl);
        }

        return ChannelAuthenticationResult.Authenticated;
    }

    private async Task<string?> CheckChannelAsync(string token, Activity activity, BotOptions settings, CancellationToken cancellationToken)
    {
        var requirements = new TokenRequirements(settings.OpenIdMetadataUrl, settings.EffectiveValidIssuers, settings.MicrosoftAppId, activity.ChannelId);
        var check = await validator.ValidateAsync(token, requirements, cancellationToken);
        if (!check.IsValid)
        {
            return check.Failure;
        }

        // Binds the token to where replies go: a stolen token cannot redirect them elsewhere.
        var serviceUrl = check.Token!.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return !string.IsNullOrEmpty(serviceUrl) && string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim does not match the activity";
    }

    private async Task<string?> CheckEmulatorAsync(string token, Activity activity, BotOptions settings, CancellationToken cancellationToken)
    {
        // Emulator tokens are audience'd to the Emulator's app; the app id claim names our bot instead.
        var requirements = new TokenRequirements(settings.EmulatorOpenIdMetadataUrl, settings.EffectiveEmulatorValidIssuers, null, activity.ChannelId);
        var check = await validator.ValidateAsync(token, requirements, cancellationToken);
        if (!check.IsValid)
        {
            return check.Failure;
        }

        var jwt = check.Token!;
        var version = jwt.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return "emulator token without a known version";
        }

        return jwt.TryGetPayloadValue<string>(appIdClaim, out var appId) && string.Equals(appId, settings.MicrosoftAppId, StringComparison.Ordinal)
            ? null
            : "emulator token for another app";
    }

    private static string? UnverifiedIssuer(string token)
    {
        if (!Reader.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return Reader.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
