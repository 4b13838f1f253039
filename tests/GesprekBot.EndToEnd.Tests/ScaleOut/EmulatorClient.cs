using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GesprekBot.EndToEnd.Tests.ScaleOut;

/// <summary>Posts activities to <c>/api/messages</c> as the Emulator does, with <c>expectReplies</c> so the replies come back in the answer.</summary>
internal static class EmulatorClient
{
    /// <summary>The texts of the replies; fails unless the bot answered 200.</summary>
    public static async Task<string[]> SayAsync(HttpClient http, string conversation, string activityId, string text)
    {
        var activity = new
        {
            type = "message",
            id = activityId,
            channelId = "emulator",
            serviceUrl = "http://localhost:9999",
            locale = "nl-BE",
            text,
            from = new { id = "user-" + conversation, role = "user" },
            recipient = new { id = "bot", role = "bot" },
            conversation = new { id = conversation },
            deliveryMode = "expectReplies",
        };
        using var response = await http.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{http.BaseAddress} answered {(int)response.StatusCode} to '{text}' ({activityId}): {body}");
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty)];
    }
}
