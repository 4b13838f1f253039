namespace GesprekBot.Storage.Accounts;

/// <summary>A caseworker account as the <c>caseworkers</c> table holds it (the host's <c>Caseworker</c>, without its rules).</summary>
/// <param name="SecurityStamp">Changes when every session of the account must end (sign-out); empty for accounts made before it existed.</param>
public sealed record StoredCaseworker(
    string Id,
    string Email,
    string Name,
    string Organisation,
    bool IsAdmin,
    string PasswordHash,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    string SecurityStamp = "");
