using Microsoft.IdentityModel.JsonWebTokens;

namespace GesprekBot.Bot.Protocol.Auth;

/// <summary>The outcome of validating one token: the token when valid, else a reason for the log (never for the caller).</summary>
internal sealed record TokenCheck(JsonWebToken? Token, string? Failure)
{
    public bool IsValid => Token is not null;

    public static TokenCheck Valid(JsonWebToken token) => new(token, null);

    public static TokenCheck Invalid(string failure) => new(null, failure);
}
