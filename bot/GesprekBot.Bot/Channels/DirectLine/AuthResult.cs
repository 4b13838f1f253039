namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>The outcome of authenticating a Direct Line caller; Error is the answer when it failed.</summary>
internal sealed record AuthResult(bool IsSecret, DirectLineToken? Grant, IResult? Error)
{
    public static AuthResult Fail(IResult error) => new(IsSecret: false, Grant: null, error);
}
