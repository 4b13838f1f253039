namespace GesprekBot.Dialogs.Engine.Testing;

/// <summary>A transcript did not go as expected; the message holds the conversation so far.</summary>
public sealed class TranscriptAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranscriptAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TranscriptAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public TranscriptAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
