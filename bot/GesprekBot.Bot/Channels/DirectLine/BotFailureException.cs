namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>The bot could not run a turn; Direct Line answers 502 (PROTOCOL §4).</summary>
public sealed class BotFailureException : Exception
{
    public BotFailureException()
    {
    }

    public BotFailureException(string message) : base(message)
    {
    }

    public BotFailureException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
