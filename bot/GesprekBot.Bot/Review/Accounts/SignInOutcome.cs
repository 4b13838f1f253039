namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// What a sign-in attempt came to: the account signed in, or the account the attempt was refused for
/// (null for an address nobody has), so a refusal can be written to that organisation's audit log.
/// </summary>
public sealed record SignInOutcome(Caseworker? SignedIn, Caseworker? RefusedFor, bool LockedOut)
{
    public static SignInOutcome Refused(Caseworker? account, bool lockedOut) => new(null, account, lockedOut);
}
