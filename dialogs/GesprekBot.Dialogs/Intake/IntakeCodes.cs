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
    public static string? Normalize(string? text) =>
        Compact(text) is { Length: Length } compact && compact.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? compact : null;

    /// <summary>
    /// A code as the client gives it, reduced to what identifies it: " zjju-edfw ", "ZJJU EDFW" and
    /// "zjjuedfw" are all "ZJJUEDFW". Unlike <see cref="Normalize"/> it does not judge the symbols, so
    /// it can compare a typed code with a stored one; empty when nothing is left.
    /// </summary>
    public static string Compact(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? string.Empty
            : new string([.. text.Where(c => !(char.IsWhiteSpace(c) || c is '-' or '.' or '\u2010' or '\u2011' or '\u2013')).Select(char.ToUpperInvariant)]);

    /// <summary>Whether two spellings are the same code; an empty one matches nothing.</summary>
    public static bool SameCode(string? a, string? b) => Compact(a) is { Length: > 0 } left && left == Compact(b);

    /// <summary>How a code is shown: two groups of four, easier to copy.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var compact = Compact(code);
        return compact.Length == Length ? $"{compact[..4]}-{compact[4..]}" : code;
    }
}
