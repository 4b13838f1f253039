namespace GesprekBot.Bot.Protocol;

/// <summary>The activity types and delivery modes GesprekBot names (compared ordinally, A2011).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string Trace = "trace";

    /// <summary>
    /// Not sent on the wire: a processor returns an activity of this type, with <c>value</c> =
    /// <c>{status, body}</c>, to answer an invoke in the HTTP response.
    /// </summary>
    public const string InvokeResponse = "invokeResponse";

    public const string ExpectReplies = "expectReplies";
}
