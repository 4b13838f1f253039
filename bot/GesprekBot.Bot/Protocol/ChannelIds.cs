namespace GesprekBot.Bot.Protocol;

/// <summary>The channel ids GesprekBot treats specially (compared ordinally, as channels send them).</summary>
public static class ChannelIds
{
    public const string MsTeams = "msteams";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Emulator = "emulator";
    public const string Sms = "sms";
    public const string Telephony = "telephony";
}
