namespace GesprekBot.Dialogs.Erasure;

/// <summary>What this conversation asks the host to forget besides the records it erases.</summary>
public enum ConversationForgetting
{
    /// <summary>The transcript and the remembered replies; the conversation goes on (before consent).</summary>
    Transcript,

    /// <summary>Everything: the transcript, the replies and the dialog state; the next message starts afresh.</summary>
    Conversation,
}

/// <summary>The conversation values erasure shares between the dialogs and the host.</summary>
public static class ErasureSession
{
    /// <summary>Set by the dialogs to a <see cref="ConversationForgetting"/>; the host carries it out after the turn.</summary>
    public const string ForgetKey = "erase.forget";

    /// <summary>
    /// Set by the host when the intake was erased elsewhere (a caseworker deleted it, the retention
    /// purge): the next message tells the client and ends the conversation.
    /// </summary>
    public const string ErasedKey = "erase.erasedElsewhere";

    /// <summary>The service the client can ask to erase an earlier intake; set by the host when configured.</summary>
    public const string ServiceNameKey = "erase.serviceName";

    /// <summary>The client was asked "Wil je echt alles wissen?" and the answer is awaited.</summary>
    internal const string PendingKey = "erase.pending";
}
