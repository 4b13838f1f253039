using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks our own Direct Line tokens: "dl1.{payload}.{signature}", both parts base64url,
/// the signature an HMAC-SHA256 over "dl1.{payload}" with a key derived from the secret. Nothing is
/// stored per token, so any instance sharing the secret accepts it, also after a restart.
/// </summary>
public sealed partial class DirectLineTokenService(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Prefix = "dl1.";

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public (string Token, DirectLineToken Grant) Issue(string conversationId, string userId, string? userName, string? invite, string channelId = ActivityFactory.DirectLineChannel)
    {
        // Whole seconds: the payload carries Unix seconds, and the grant must equal what Validate reads back.
        var expires = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds());
        var grant = new DirectLineToken(conversationId, userId, userName, invite, channelId, expires);
        var payload = new Payload(conversationId, userId, userName, invite, channelId == ActivityFactory.DirectLineChannel ? null : channelId, expires.ToUnixTimeSeconds());
        var body = Prefix + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson.Default.Payload));
        return (body + "." + Sign(body), grant);
    }

    /// <summary>A fresh token with the same grant and a new expiry (refresh and reconnect).</summary>
    public (string Token, DirectLineToken Grant) Renew(DirectLineToken grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return Issue(grant.ConversationId, grant.UserId, grant.UserName, grant.Invite, grant.ChannelId);
    }

    public TokenStatus Validate(string? token, out DirectLineToken? grant)
    {
        grant = null;
        if (string.IsNullOrEmpty(token))
        {
            return TokenStatus.Missing;
        }

        var dot = token.LastIndexOf('.');
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || dot <= Prefix.Length)
        {
            return TokenStatus.Invalid;
        }

        var body = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token[(dot + 1)..])))
        {
            return TokenStatus.Invalid;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(body.AsSpan(Prefix.Length)), PayloadJson.Default.Payload);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return TokenStatus.Invalid;
        }

        if (payload is null || string.IsNullOrEmpty(payload.C) || string.IsNullOrEmpty(payload.User))
        {
            return TokenStatus.Invalid;
        }

        grant = new DirectLineToken(payload.C, payload.User, payload.N, payload.I, payload.Ch ?? ActivityFactory.DirectLineChannel, DateTimeOffset.FromUnixTimeSeconds(payload.Exp));
        return time.GetUtcNow() < grant.ExpiresAt ? TokenStatus.Valid : TokenStatus.Expired;
    }

    private string Sign(string body) => Base64Url.EncodeToString(HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(body)));

    // Short names keep the token (and so the stream URL) short. "user" is spelled out because Web
    // Chat reads it from the token's middle part (as from a JWT) and then trusts it as the user id.
    internal sealed record Payload(string C, string User, string? N, string? I, string? Ch, long Exp);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(Payload))]
    internal sealed partial class PayloadJson : JsonSerializerContext;
}
