using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>What one kind of token must satisfy besides a valid signature from the metadata's keys.</summary>
internal sealed record TokenRequirements(string MetadataUrl, IReadOnlyList<string> Issuers, string? Audience, string? ChannelId);

/// <summary>
/// Checks signature (RS256/384/512, keys from OpenID metadata), issuer, audience, lifetime with
/// 5 minutes of clock skew, and the signing key's endorsements.
/// </summary>
internal sealed class SignedTokenValidator(OpenIdMetadataSource metadata, TimeProvider timeProvider)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<TokenCheck> ValidateAsync(string token, TokenRequirements requirements, CancellationToken cancellationToken)
    {
        var check = await ValidateOnceAsync(token, requirements, cancellationToken);
        // An unknown key id usually means the channel rolled its keys since we last looked.
        if (check.Failure == nameof(SecurityTokenSignatureKeyNotFoundException)
            && await metadata.RefreshNowAsync(requirements.MetadataUrl, cancellationToken))
        {
            check = await ValidateOnceAsync(token, requirements, cancellationToken);
        }

        return check;
    }

    private async Task<TokenCheck> ValidateOnceAsync(string token, TokenRequirements requirements, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(requirements.MetadataUrl, cancellationToken);
        SecurityKey? signingKey = null;
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = requirements.Issuers,
            ValidateIssuer = true,
            ValidAudience = requirements.Audience,
            ValidateAudience = requirements.Audience is not null,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            ValidAlgorithms = Algorithms,
            IssuerSigningKeys = configuration.SigningKeys,
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = (notBefore, expires, _, p) => WithinLifetime(notBefore, expires, p.ClockSkew),
            IssuerSigningKeyValidator = (key, _, _) =>
            {
                signingKey = key;
                return true;
            },
        };

        var result = await handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return TokenCheck.Invalid(result.Exception?.GetType().Name ?? "invalid token");
        }

        var jwk = signingKey as JsonWebKey
            ?? configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.KeyId is not null && k.KeyId == (signingKey?.KeyId ?? jwt.Kid));
        return Endorsements.Allow(jwk, requirements.ChannelId)
            ? TokenCheck.Valid(jwt)
            : TokenCheck.Invalid("channel not endorsed by signing key");
    }

    // Our own check so that lifetime follows the app's TimeProvider like everything else.
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + skew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }
}
