namespace GesprekBot.Dialogs.Engine.Turns;

/// <summary>What the channel the user is on can show; the host fills it in per channel.</summary>
/// <param name="MaxSuggestedActions">How many suggested-action buttons the channel shows (0 = none).</param>
/// <param name="SupportsCards">Whether the channel renders cards.</param>
public sealed record ChannelCapabilities(int MaxSuggestedActions, bool SupportsCards)
{
    /// <summary>A channel such as Web Chat: many buttons and cards.</summary>
    public static ChannelCapabilities Default { get; } = new(10, true);

    /// <summary>A text-only channel.</summary>
    public static ChannelCapabilities TextOnly { get; } = new(0, false);
}
