using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Crisis;

/// <summary>
/// Remembers, for the whole conversation and also before consent, that a crisis signal was given,
/// so that every goodbye after it repeats the help lines (a consent refused, "stop", the end of the
/// intake, an erasure).
/// </summary>
internal static class CrisisMemory
{
    public const string SignalledKey = "crisis.signalled";

    public static void Remember(DialogContext dc) => dc.Conversation.Set(SignalledKey, true);

    public static bool WasSignalled(DialogContext dc) => dc.Conversation.Get<bool>(SignalledKey);

    /// <summary>Sends a goodbye; after a crisis signal the help lines follow it.</summary>
    public static async Task SendGoodbyeAsync(DialogContext dc, string goodbye, CancellationToken cancellationToken)
    {
        await dc.SendAsync(goodbye, cancellationToken);
        if (WasSignalled(dc))
        {
            await dc.SendAsync(new TextCatalog(dc.Culture, CrisisTexts.ResourceManager)[nameof(CrisisTexts.CrisisGoodbyeReminder)], cancellationToken);
        }
    }
}
