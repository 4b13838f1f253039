using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket at streamUrl: first the activities after the watermark, then every new set as
/// it happens, with empty keep-alive frames in between. Frames from the client (DirectLineJS sends
/// empty pings) are read and ignored. The token travels in the URL ("t") because browsers cannot
/// set headers on a WebSocket; an invalid one gets a policy-violation close, not an HTTP error,
/// so the client sees a clean close rather than a failed handshake.
/// </summary>
internal static partial class DirectLineStreamEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, string? t, HttpContext context, DirectLineAuth auth,
        DirectLineConversationStore store, DirectLineConversations conversations, DirectLineHub hub, IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.Create(StatusCodes.Status400BadRequest, "WebSocketRequired", "The stream is a WebSocket.");
        }

        var logger = loggers.CreateLogger(typeof(DirectLineStreamEndpoint));
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var caller = auth.AuthorizeConversation(t, conversationId);
        var exists = caller.Error is null && DirectLineIds.IsConversationId(conversationId)
            && await store.GetRecordAsync(conversationId, stop.Token) is not null;
        // A script opening streams by the hundred would hold a socket and a channel each.
        var refusal = !exists ? (caller.Error is null ? "Unknown conversation." : "Invalid token.")
            : hub.OpenStreams(conversationId) >= options.Value.MaxStreamsPerConversation ? "Too many streams for this conversation."
            : null;
        if (refusal is not null)
        {
            // Bounded: a client that never answers the close frame must not hold the connection.
            stop.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, refusal, stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                LogStreamEnded(logger, ex, conversationId);
            }

            return Results.Empty;
        }

        var (replay, live) = await conversations.OpenStreamAsync(conversationId, watermark, stop.Token);
        using (live)
        {
            try
            {
                if (replay.Activities.Count > 0)
                {
                    await SendAsync(socket, JsonSerializer.Serialize(replay, DirectLineJson.Options), stop.Token);
                }

                var reading = IgnoreClientFramesAsync(socket, stop);
                await PumpAsync(socket, live, options.Value.KeepAliveInterval, stop.Token);

                // The server ended the stream (the client fell too far behind): close cleanly and
                // let DirectLineJS reconnect and resume from its watermark.
                await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "Reconnect to resume.", stop.Token);
                await reading.WaitAsync(TimeSpan.FromSeconds(5), stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or TimeoutException)
            {
                // Clients come and go; that is routine, not an error.
                LogStreamEnded(logger, ex, conversationId);
            }
        }

        return Results.Empty;
    }

    private static async Task PumpAsync(WebSocket socket, StreamSubscription live, TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(keepAlive);
            bool more;
            try
            {
                more = await live.Frames.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await SendAsync(socket, string.Empty, cancellationToken);
                continue;
            }

            if (!more)
            {
                return;
            }

            while (live.Frames.TryRead(out var frame))
            {
                await SendAsync(socket, frame, cancellationToken);
            }
        }
    }

    private static async Task IgnoreClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away; the pump stops with the token below.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} ended")]
    private static partial void LogStreamEnded(ILogger logger, Exception exception, string conversationId);
}
