namespace GesprekBot.Bot.Review.Accounts;

/// <summary>
/// What a caseworker's password must be beyond its length: not one or a few characters repeated
/// ("aaaaaaaaaaaa"), not a run along the keyboard or the alphabet ("123456789012", "qwertyuiopas"),
/// and not a common word with digits after it ("wachtwoord2026"). The accounts guard the answers of
/// vulnerable people, so the first guesses of a password list must not work.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    private const int MinimumDistinctCharacters = 5;

    private static readonly string[] Runs = ["0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1234567890qwertyuiop"];

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "wachtwoord", "paswoord", "password", "passwoord", "welkom", "welcome", "geheim", "secret", "admin", "administrator",
        "gesprekbot", "hulpverlener", "caseworker", "letmein", "iloveyou", "azerty", "qwerty", "zomer", "winter", "lente", "herfst",
        "summer", "voetbal", "football", "monkey", "dragon", "sunshine", "master", "changeme", "test", "testtest",
    };

    /// <summary>Why the password is refused, in a sentence for the one who chose it; null when it is fine.</summary>
    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"A password needs at least {MinimumLength} characters.";
        }

        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() < MinimumDistinctCharacters)
        {
            return "A password needs more than a few different characters.";
        }

        if (Runs.Any(run => run.Contains(lower, StringComparison.Ordinal) || Reverse(run).Contains(lower, StringComparison.Ordinal)))
        {
            return "A run along the keyboard or the alphabet is among the first guesses; choose a sentence of your own.";
        }

        var word = lower.TrimEnd("0123456789!?.-_ ".ToCharArray()).TrimStart("0123456789!?.-_ ".ToCharArray());
        return CommonWords.Contains(word) || CommonWords.Contains(word.Replace('@', 'a').Replace('0', 'o').Replace('1', 'i').Replace('3', 'e'))
            ? "A common word with digits or signs around it is among the first guesses; choose a sentence of your own."
            : null;
    }

    private static string Reverse(string s) => new([.. s.Reverse()]);
}
