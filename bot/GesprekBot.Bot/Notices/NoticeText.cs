using System.Globalization;
using System.Resources;
using GesprekBot.Dialogs.Intake;

namespace GesprekBot.Bot.Notices;

/// <summary>
/// The notices' texts (Notices/Resources/NoticeTexts.resx, Dutch; .en.resx English). They are read
/// by caseworkers in a Flemish team channel, so they are Dutch whatever the server's culture is.
/// </summary>
internal static class NoticeText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");

    private static readonly ResourceManager Resources = new("GesprekBot.Bot.Notices.Resources.NoticeTexts", typeof(NoticeText).Assembly);

    public static string Text(string key) =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"Missing notice text '{key}'.");

    public static string Category(CrisisCategory category) => Text("Category." + category);
}
