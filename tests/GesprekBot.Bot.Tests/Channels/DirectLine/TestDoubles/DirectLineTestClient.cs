using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>Direct Line calls as DirectLineJS makes them, answering raw JSON so tests see the wire.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<JsonObject> ChatTokenAsync(string? invite = null)
    {
        using var response = await Http.PostAsJsonAsync("/api/chat/token", new { invite });
        return await ReadOkAsync(response);
    }

    /// <summary>A token for a new conversation, started; answers the start response.</summary>
    public async Task<JsonObject> StartNewAsync(string? invite = null)
    {
        var token = (await ChatTokenAsync(invite))["token"]!.GetValue<string>();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new { user = new { id = (string?)null }, locale = "nl-BE" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadOkAsync(response);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null, string? rawBody = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs test)");
        if (rawBody is not null)
        {
            request.Content = new StringContent(rawBody, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string? clientActivityId = null, string fromId = "dl_someone-else")
    {
        var activity = new
        {
            type = "message",
            text,
            channelId = "webchat",
            locale = "nl-BE",
            from = new { id = fromId, role = "user", aadObjectId = "spoofed" },
            callerId = "urn:botframework:spoofed",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N"), clientTimestamp = "2026-01-01T00:00:00.000Z" },
        };
        return await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
    }

    public async Task<JsonObject> ActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        return await ReadOkAsync(response);
    }

    public static async Task<JsonObject> ReadOkAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts the Bot Framework error shape and answers its code.</summary>
    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var error = document.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.GetProperty("code").GetString()!;
    }
}
