using System.Net;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>A call to a channel's connector API failed for good (after retries, or not retryable).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The channel's last answer, or null when no answer came (timeout, network, open circuit).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>How long the channel asked us to wait (its last Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
