using System.Security.Cryptography;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// Short codes people read aloud and type: no 0/O, 1/I/L, so nothing is ambiguous. Eight symbols
/// from 31 give 31^8 ≈ 8.5·10^11 codes, far too many to guess one that is in use.
/// </summary>
public static class IntakeCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    /// <summary>A new random code (cryptographic randomness: codes unlock personal data).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"abcd-efgh", "ABCD EFGH" → "ABCDEFGH"; null when it cannot be a code.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = new string([.. text.Where(c => c is not (' ' or '-' or '.')).Select(char.ToUpperInvariant)]);
        return compact.Length == Length && compact.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? compact : null;
    }

    /// <summary>How a code is shown: two groups of four, easier to copy.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
    }
}
