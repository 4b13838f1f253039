namespace GesprekBot.Bot.Intake;

/// <summary>What the host tells the intake conversations from its configuration.</summary>
/// <param name="ServiceName">
/// <c>Intake:ServiceName</c>: the service a client asks to erase an earlier intake ("je hulpverlener
/// bij CAW Oost"); without it the bot says "je hulpverlener".
/// </param>
public sealed record IntakeChatSettings(string? ServiceName);
