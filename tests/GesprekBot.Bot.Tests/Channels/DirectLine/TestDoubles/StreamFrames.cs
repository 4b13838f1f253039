using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GesprekBot.Bot.Tests.Channels.DirectLine.TestDoubles;

/// <summary>Reads Direct Line stream frames: ActivitySets, or "" for a keep-alive.</summary>
public sealed class StreamFrames(ClientWebSocket socket) : IDisposable
{
    public ClientWebSocket Socket { get; } = socket;

    public static async Task<StreamFrames> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return new StreamFrames(socket);
    }

    /// <summary>The next frame's text; null when the server closed the socket.</summary>
    public async Task<string?> NextAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>Activities from the next non-empty frames until one matches.</summary>
    public async Task<List<JsonNode>> UntilAsync(Func<JsonNode, bool> last)
    {
        var seen = new List<JsonNode>();
        while (true)
        {
            var frame = await NextAsync() ?? throw new InvalidOperationException("The stream closed early.");
            if (frame.Length == 0)
            {
                continue;
            }

            foreach (var activity in JsonNode.Parse(frame)!["activities"]!.AsArray())
            {
                seen.Add(activity!);
                if (last(activity!))
                {
                    return seen;
                }
            }
        }
    }

    public void Dispose() => Socket.Dispose();
}
