using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>
/// Client-credentials token for the Bot Connector (scope api.botframework.com), cached until
/// shortly before it expires so each reply does not cost a round trip to Entra ID.
/// </summary>
internal sealed partial class ClientCredentialsTokenProvider(
    IHttpClientFactory clients,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<ClientCredentialsTokenProvider> logger) : IBotTokenProvider, IDisposable
{
    public const string ClientName = "GesprekBot.BotToken";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    // One immutable object, so the lock-free fast path never sees a token with another token's expiry.
    private volatile CachedToken? cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled || string.IsNullOrEmpty(settings.MicrosoftAppPassword))
        {
            return null;
        }

        if (cached is { } current && timeProvider.GetUtcNow() < current.RefreshAt)
        {
            return current.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            var latest = cached;
            if (latest is null || timeProvider.GetUtcNow() >= latest.RefreshAt)
            {
                latest = await FetchAsync(settings, cancellationToken);
                cached = latest;
            }

            return latest.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<CachedToken> FetchAsync(BotOptions settings, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(ClientName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword!,
            ["scope"] = settings.OAuthScope,
        });
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(new Uri(settings.EffectiveOAuthTokenUrl), form, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTokenUnreachable(logger, ex.GetType().Name);
            throw new ConnectorException("The token endpoint could not be reached.", null, ex);
        }

        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            LogTokenFailed(logger, (int)response.StatusCode);
            throw new ConnectorException("Could not get the bot's access token.", response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        if (string.IsNullOrEmpty(body?.AccessToken))
        {
            throw new ConnectorException("The token endpoint returned no access token.", response.StatusCode);
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(body.ExpiresIn, 0));
        // Refresh early; for very short lifetimes take half so we still reuse the token a little.
        var refreshAt = timeProvider.GetUtcNow() + (lifetime > 2 * RefreshMargin ? lifetime - RefreshMargin : lifetime / 2);
        return new CachedToken(body.AccessToken, refreshAt);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot token request failed with HTTP {StatusCode}")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot token endpoint could not be reached: {ErrorType}")]
    private static partial void LogTokenUnreachable(ILogger logger, string errorType);

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
