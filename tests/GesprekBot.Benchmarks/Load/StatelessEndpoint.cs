using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GesprekBot.Benchmarks.Load;

/// <summary>
/// The yardstick the bot is measured against in the same run: Kestrel on 127.0.0.1 with one
/// <c>/api/messages</c> route that parses the activity and answers one reply in the expectReplies
/// shape, keeping nothing. Whatever the machine is doing at that moment, it does to both.
/// </summary>
internal static class StatelessEndpoint
{
    public static async Task<WebApplication> StartAsync(LatencyStats serverSide)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.UseMiddleware<ServerTiming>(serverSide);
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            var inbound = await JsonSerializer.DeserializeAsync<Inbound>(context.Request.Body, Json, context.RequestAborted);
            if (inbound is null || inbound.Conversation is null)
            {
                return Results.BadRequest();
            }

            var reply = new Reply(
                "message",
                inbound.ChannelId,
                inbound.Conversation,
                From: inbound.Recipient,
                Recipient: inbound.From,
                ReplyToId: inbound.Id,
                Text: "Dank je. Wat wil je nog vertellen?",
                Locale: inbound.Locale);
            return Results.Json(new Replies([reply]), Json);
        });
        await app.StartAsync();
        return app;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record Account(string? Id);

    private sealed record Inbound(string? Type, string? Id, string? ChannelId, string? Text, string? Locale, Account? From, Account? Recipient, Account? Conversation);

    private sealed record Reply(string Type, string? ChannelId, Account Conversation, Account? From, Account? Recipient, string? ReplyToId, string Text, string? Locale);

    private sealed record Replies(IReadOnlyList<Reply> Activities);
}
