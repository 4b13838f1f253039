namespace GesprekBot.Dialogs.Interruptions;

/// <summary>
/// Resume codes: "pauze" shows a code; "hervat CODE" in a new conversation continues the paused
/// one. The host implements this on its store. Codes are single-use and expire after the
/// retention period, so an old note with a code on it opens nothing.
/// </summary>
public interface IResumeCodes
{
    /// <summary>Remembers which conversation the code resumes, until <paramref name="expiresAt"/>.</summary>
    Task RegisterAsync(string code, string conversationKey, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>The paused conversation's key, once: the code is removed. Null when unknown or expired.</summary>
    Task<string?> RedeemAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>A code the pause gave the client; the host registers it after the turn and then removes this value.</summary>
/// <param name="Code">The code, normalised (no dash).</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record IssuedResumeCode(string Code, DateTimeOffset ExpiresAt);

/// <summary>What the host found for a "hervat CODE" message, for the dialogs to tell the client.</summary>
public enum ResumeOutcome
{
    /// <summary>The paused conversation's state was copied into this one.</summary>
    Resumed,

    /// <summary>The code is unknown, used or expired.</summary>
    NotFound,

    /// <summary>Not tried: this conversation tried too many codes that opened nothing; wait and try again.</summary>
    TooManyAttempts,
}
