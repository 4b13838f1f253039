namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>Settings of the chat page, bound from the "ChatPage" section.</summary>
public sealed class ChatPageOptions
{
    public const string SectionName = "ChatPage";

    /// <summary>
    /// Origins of the organisation's own sites that may show the chat page in an iframe (CSP
    /// <c>frame-ancestors</c>). Empty: no site may frame it.
    /// </summary>
    public IList<string> FrameAncestors { get; } = [];
}
