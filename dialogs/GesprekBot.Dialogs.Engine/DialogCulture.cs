using System.Globalization;

namespace GesprekBot.Dialogs.Engine;

/// <summary>Maps a channel locale to one of the cultures the bot speaks.</summary>
public static class DialogCulture
{
    /// <summary>
    /// Conversation value holding the language the user chose in the conversation ("English
    /// please"); it wins over the channel locale until it is cleared. See <see cref="DialogContext.ChooseCulture"/>.
    /// </summary>
    public const string ChoiceKey = "dialog.culture";

    /// <summary>The bot's default culture, Flemish Dutch.</summary>
    public static CultureInfo Default { get; } = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>English, for any "en" locale.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// "en", "en-US", "en-GB"… give English; everything else, including null, unknown and other
    /// Dutch variants, gives nl-BE, because those are the only texts we ship.
    /// </summary>
    public static CultureInfo FromLocale(string? locale) =>
        locale is not null
        && (locale.Equals("en", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("en_", StringComparison.OrdinalIgnoreCase))
            ? English
            : Default;
}
