using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GesprekBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Locally generated signing keys standing in for the Bot Framework and Emulator authorities,
/// their OpenID metadata and key sets, and tokens signed with them.
/// </summary>
internal sealed class TestTokens : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ChannelMetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string EmulatorMetadataUrl = "https://login.test/emulator/v2.0/.well-known/openid-configuration";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    public const string ChannelKeyId = "channel-key";
    public const string EmulatorKeyId = "emulator-key";

    private readonly RSA channelKey = RSA.Create(2048);
    private readonly RSA emulatorKey = RSA.Create(2048);
    private readonly RSA strangerKey = RSA.Create(2048);

    private int staleKeySets;

    /// <summary>The next key set fetches serve only a retired key, as before a key rollover.</summary>
    public int StaleKeySets
    {
        get => Volatile.Read(ref staleKeySets);
        set => Volatile.Write(ref staleKeySets, value);
    }

    /// <summary>The channels the channel key endorses.</summary>
    public static readonly string[] Endorsed = ["msteams", "emulator"];

    public HttpResponseMessage? Serve(Uri uri) => uri.AbsoluteUri switch
    {
        ChannelMetadataUrl => StubHttpHandler.Json(Metadata(ChannelIssuer, "https://login.test/v1/keys")),
        "https://login.test/v1/keys" => StubHttpHandler.Json(Interlocked.Decrement(ref staleKeySets) >= 0
            ? KeySet(strangerKey, "retired-key", Endorsed)
            : KeySet(channelKey, ChannelKeyId, Endorsed)),
        EmulatorMetadataUrl => StubHttpHandler.Json(Metadata(EmulatorIssuerV2, "https://login.test/emulator/keys")),
        "https://login.test/emulator/keys" => StubHttpHandler.Json(KeySet(emulatorKey, EmulatorKeyId, null)),
        _ => null,
    };

    public string Channel(string serviceUrl, string audience = AppId, string issuer = ChannelIssuer, TimeSpan? expiresIn = null, bool strangerSigns = false)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        return Sign(strangerSigns ? strangerKey : channelKey, ChannelKeyId, issuer, audience, claims, expiresIn ?? TimeSpan.FromHours(1));
    }

    public string EmulatorV1(string appId = AppId) =>
        Sign(emulatorKey, EmulatorKeyId, EmulatorIssuerV1, "https://api.botframework.com", new() { ["ver"] = "1.0", ["appid"] = appId }, TimeSpan.FromHours(1));

    public string EmulatorV2(string appId = AppId) =>
        Sign(emulatorKey, EmulatorKeyId, EmulatorIssuerV2, AppId, new() { ["ver"] = "2.0", ["azp"] = appId }, TimeSpan.FromHours(1));

    public void Dispose()
    {
        channelKey.Dispose();
        emulatorKey.Dispose();
        strangerKey.Dispose();
    }

    private static string Sign(RSA key, string keyId, string issuer, string audience, Dictionary<string, object> claims, TimeSpan expiresIn)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now + expiresIn - TimeSpan.FromHours(2),
            NotBefore = now + expiresIn - TimeSpan.FromHours(2),
            Expires = now + expiresIn,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static string Metadata(string issuer, string jwksUri) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["issuer"] = issuer, ["jwks_uri"] = jwksUri, ["id_token_signing_alg_values_supported"] = new[] { "RS256" } });

    private static string KeySet(RSA key, string keyId, string[]? endorsements)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return JsonSerializer.Serialize(new { keys = new[] { jwk } });
    }
}
