namespace GesprekBot.Bot.Review.Accounts;

/// <summary>A caseworker account. The password is only kept as a <c>PasswordHasher</c> hash.</summary>
public sealed record Caseworker
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    public required string Organisation { get; init; }

    public bool IsAdmin { get; init; }

    public required string PasswordHash { get; init; }

    public int FailedSignIns { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>Carried in the session cookie; a new stamp ends every session made with the old one.</summary>
    public string SecurityStamp { get; init; } = string.Empty;

    public static string NewSecurityStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
