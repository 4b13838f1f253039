using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Bot.Protocol;

/// <summary>What each channel can show, so the dialogs can shape replies without knowing channels.</summary>
public static class ChannelCapabilityMap
{
    // Teams renders at most three suggested actions and drops the rest; choices go on an Adaptive Card
    // there instead (ReplyMapper), whose buttons also say which question they answer.
    private static readonly ChannelCapabilities Teams = new(0, true);

    public static ChannelCapabilities For(string? channelId) => channelId switch
    {
        ChannelIds.MsTeams => Teams,
        ChannelIds.Sms or ChannelIds.Telephony => ChannelCapabilities.TextOnly,
        // Web Chat, Direct Line, the Emulator and unknown channels: assume a rich client.
        _ => ChannelCapabilities.Default,
    };
}
