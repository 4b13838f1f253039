using System.Globalization;
using System.Resources;

namespace GesprekBot.Bot.Review;

/// <summary>
/// The review's texts (Review/Resources/ReviewTexts.resx, Dutch; .en.resx English). Caseworkers in
/// Flanders read Dutch, so the pages use nl-BE whatever the server's culture is.
/// </summary>
public static class ReviewText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");

    private static readonly ResourceManager Resources = new("GesprekBot.Bot.Review.Resources.ReviewTexts", typeof(ReviewText).Assembly);

    public static string Text(string key) =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"Missing review text '{key}'.");

    public static string Format(string key, params object?[] args) => string.Format(Culture, Text(key), args);

    /// <summary>A short Dutch label for an intake question key; the key itself for a question this list does not know yet.</summary>
    public static string Question(string questionKey) => Resources.GetString("Question." + questionKey, Culture) ?? questionKey;

    public static string Of<TEnum>(string prefix, TEnum value)
        where TEnum : struct, Enum => Text(prefix + value);

    /// <summary>Caseworkers work in Belgian time, whatever zone the server runs in.</summary>
    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Brussels).ToString("d MMM yyyy HH:mm", Culture);

    private static readonly TimeZoneInfo Brussels =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Local;
}
