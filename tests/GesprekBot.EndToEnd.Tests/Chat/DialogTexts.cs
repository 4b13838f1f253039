using System.Globalization;
using System.Resources;
using GesprekBot.Dialogs;

namespace GesprekBot.EndToEnd.Tests.Chat;

/// <summary>
/// The bot's Dutch texts, read from the dialogs' own resources, so the browser test follows the
/// wording the dialogs team chooses instead of a copy of it.
/// </summary>
internal static class DialogTexts
{
    private static readonly ResourceManager Texts = new("GesprekBot.Dialogs.Resources.Texts", typeof(GesprekBotDialogs).Assembly);

    private static readonly ResourceManager CrisisTexts = new("GesprekBot.Dialogs.Resources.CrisisTexts", typeof(GesprekBotDialogs).Assembly);

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    public static string Get(string key) =>
        Texts.GetString(key, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"No text '{key}' in the dialogs' resources.");

    /// <summary>An English text of the intake (Texts) or of the crisis answer (CrisisTexts).</summary>
    public static string English(string key) =>
        Texts.GetString(key, EnglishCulture) ?? CrisisTexts.GetString(key, EnglishCulture) ?? throw new InvalidOperationException($"No English text '{key}'.");

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The first sentence: enough to find a message, and robust to how Web Chat wraps it.</summary>
    public static string Opening(string key)
    {
        var text = Get(key);
        var end = text.IndexOfAny(['.', '?', '!']);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
