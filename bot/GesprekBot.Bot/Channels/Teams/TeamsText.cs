using System.Resources;
using GesprekBot.Dialogs.Engine;

namespace GesprekBot.Bot.Channels.Teams;

/// <summary>
/// What the Teams channel itself says, before any dialog runs (Resources/TeamsTexts.resx, Dutch;
/// .en.resx English), in the language of the activity's locale as the dialogs would choose it.
/// </summary>
internal static class TeamsText
{
    public const string TenantNotAllowed = nameof(TenantNotAllowed);
    public const string PersonalChatOnly = nameof(PersonalChatOnly);

    private static readonly ResourceManager Resources = new("GesprekBot.Bot.Channels.Teams.Resources.TeamsTexts", typeof(TeamsText).Assembly);

    public static string For(string key, string? locale) =>
        Resources.GetString(key, DialogCulture.FromLocale(locale)) ?? throw new InvalidOperationException($"Missing Teams text '{key}'.");
}
