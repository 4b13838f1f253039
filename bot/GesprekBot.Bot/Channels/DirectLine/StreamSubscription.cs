using System.Threading.Channels;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>The live frames of one stream; disposing it unregisters the stream.</summary>
public sealed class StreamSubscription(ChannelReader<string> frames, Action unsubscribe) : IDisposable
{
    private int disposed;

    public ChannelReader<string> Frames { get; } = frames;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            unsubscribe();
        }
    }
}
