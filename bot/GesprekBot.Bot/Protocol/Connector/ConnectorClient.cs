using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GesprekBot.Bot.Protocol.Auth;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GesprekBot.Bot.Protocol.Connector;

/// <summary>Calls a channel's connector API; the named client's resilience handler (see <see cref="ConnectorResilience"/>) retries per host.</summary>
internal sealed partial class ConnectorClient(
    IHttpClientFactory clients,
    IBotTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string ClientName = "GesprekBot.Connector";

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("An activity to send needs a serviceUrl and a conversation id.", nameof(activity));
        }

        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        var response = await PostAsync(activity.ServiceUrl, path, activity, cancellationToken);
        return response?.Id;
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentNullException.ThrowIfNull(parameters);
        return await PostAsync<ConversationParameters, ConversationResourceResponse>(serviceUrl, "v3/conversations", parameters, cancellationToken)
            ?? throw new ConnectorException("The channel created a conversation but returned no id.", HttpStatusCode.OK);
    }

    private Task<ResourceResponse?> PostAsync(string serviceUrl, string path, Activity activity, CancellationToken cancellationToken) =>
        PostAsync<Activity, ResourceResponse>(serviceUrl, path, activity, cancellationToken);

    private async Task<TResponse?> PostAsync<TBody, TResponse>(string serviceUrl, string path, TBody body, CancellationToken cancellationToken)
        where TResponse : class
    {
        var baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
        var uri = new Uri(baseUri, path);
        var token = await TokenForAsync(serviceUrl, cancellationToken);
        using var client = clients.CreateClient(ClientName);

        HttpResponseMessage response;
        try
        {
            // The client's resilience handler retries this same message (its JSON content is written again).
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = JsonContent.Create(body, options: ProtocolJson.Options),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            LogSendFailed(logger, baseUri.Host, null, ex.GetType().Name);
            throw new ConnectorException("The channel could not be reached.", null, ex);
        }

        using (response)
        {
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted))
            {
                LogSendFailed(logger, baseUri.Host, (int)response.StatusCode, null);
                throw new ConnectorException("The channel did not accept the call.", response.StatusCode)
                {
                    RetryAfter = Connector.RetryAfter.Delay(response, timeProvider.GetUtcNow(), TimeSpan.MaxValue),
                };
            }

            return response.Content.Headers.ContentLength == 0
                ? null
                : await ReadBodyAsync<TResponse>(response, cancellationToken);
        }
    }

    private async Task<string?> TokenForAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null && !trustedServiceUrls.IsTrusted(serviceUrl))
        {
            // Sending without the token would fail at the channel anyway; sending it would leak it.
            throw new ConnectorException("The serviceUrl did not come from an authenticated activity.", (HttpStatusCode?)null);
        }

        return token;
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            // The activity was accepted; a body we cannot read only costs us its id.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector call to {Host} failed: status {StatusCode}, error {ErrorType}")]
    private static partial void LogSendFailed(ILogger logger, string host, int? statusCode, string? errorType);
}
