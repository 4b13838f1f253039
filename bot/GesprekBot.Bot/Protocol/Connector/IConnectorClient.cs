namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>The Bot Framework connector API of a channel, at the activity's serviceUrl.</summary>
public interface IConnectorClient
{
    /// <summary>
    /// Sends an activity to its conversation (as a reply when it has a replyToId).
    /// Returns the id the channel gave it, when it gave one.
    /// </summary>
    /// <exception cref="ConnectorException">The channel did not accept it, after retries.</exception>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Starts a conversation proactively (Teams: the app must already be installed).</summary>
    /// <exception cref="ConnectorException">The channel did not accept it, after retries.</exception>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
