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
    private string? token;
    private DateTimeOffset refreshAt;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled || string.IsNullOrEmpty(settings.MicrosoftAppPassword))
        {
            return null;
        }

        if (token is { } cached && timeProvider.GetUtcNow() < refreshAt)
        {
            return cached;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is null || timeProvider.GetUtcNow() >= refreshAt)
            {
                await FetchAsync(settings, cancellationToken);
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task FetchAsync(BotOptions settings, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(ClientName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword!,
            ["scope"] = settings.OAuthScope,
        });
        using var response = await client.PostAsync(new Uri(settings.EffectiveOAuthTokenUrl), form, cancellationToken);
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

        token = body.AccessToken;
        var lifetime = TimeSpan.FromSeconds(Math.Max(body.ExpiresIn, 0));
        // Refresh early; for very short lifetimes take half so we still reuse the token a little.
        refreshAt = timeProvider.GetUtcNow() + (lifetime > 2 * RefreshMargin ? lifetime - RefreshMargin : lifetime / 2);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot token request failed with HTTP {StatusCode}")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
