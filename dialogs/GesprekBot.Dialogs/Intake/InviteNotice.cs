using GesprekBot.Dialogs.Engine;
using GesprekBot.Dialogs.Localization;
using GesprekBot.Dialogs.Resources;

namespace GesprekBot.Dialogs.Intake;

/// <summary>
/// The host checked the invite code the chat was opened with and did not know it: the client hears
/// so before the consent question, because the consent text's promise ("your caseworker reads it")
/// then means the service, not the caseworker who sent the link.
/// </summary>
public static class InviteNotice
{
    /// <summary>
    /// Conversation value the host sets before the turn: the unknown code as given, or an empty
    /// string when it is not safe to show (not letters, digits and dashes); removed once told.
    /// </summary>
    public const string UnknownKey = "intake.inviteUnknown";

    /// <summary>Tells the client about an unknown invite code, once; without one it does nothing.</summary>
    public static async Task SendIfUnknownAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Conversation.TryGet<string>(UnknownKey, out var code) || code is null)
        {
            return;
        }

        dc.Conversation.Remove(UnknownKey);
        var texts = new TextCatalog(dc.Culture);
        await dc.SendAsync(
            code.Length > 0 ? texts.Format(nameof(Texts.InviteUnknown), code) : texts[nameof(Texts.InviteUnknownNoCode)],
            cancellationToken);
    }
}
