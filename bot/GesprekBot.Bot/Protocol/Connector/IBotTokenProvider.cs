namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>The bot's own access token for calling channels; null when the bot runs without an app id.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
