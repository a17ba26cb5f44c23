using System.Threading.Channels;

namespace Platform.Gateway.Transport;

/// <summary>
/// The one queue every write to a socket goes through, bounded by frames and bytes so that a client
/// that cannot keep up costs bounded memory. Many producers (the read loop, the broker consumer),
/// one reader (the write loop).
/// </summary>
internal sealed class OutboundQueue(int maxFrames, int maxBytes)
{
    private readonly Channel<ReadOnlyMemory<byte>> _channel = Channel.CreateBounded<ReadOnlyMemory<byte>>(
        new BoundedChannelOptions(maxFrames) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long _bytes;

    public ChannelReader<ReadOnlyMemory<byte>> Reader => _channel.Reader;

    public long QueuedBytes => Interlocked.Read(ref _bytes);

    /// <summary>
    /// False when the queue is over a limit. A frame larger than the byte limit (a large account's
    /// <c>full_sync_response</c>, one frame the client asked for) is not counted against it: counted, it made
    /// every small frame behind it close the socket as a slow consumer, so a dashboard of a 10,000-chat
    /// account never received its snapshot. Such frames are still bounded by the frame limit.
    /// </summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> frame)
    {
        var counted = Counted(frame);
        var bytes = Interlocked.Add(ref _bytes, counted);
        if (bytes > maxBytes || !_channel.Writer.TryWrite(frame))
        {
            Interlocked.Add(ref _bytes, -counted);
            return false;
        }

        return true;
    }

    public void Dequeued(ReadOnlyMemory<byte> frame) => Interlocked.Add(ref _bytes, -Counted(frame));

    private long Counted(ReadOnlyMemory<byte> frame) => frame.Length > maxBytes ? 0 : frame.Length;

    public void Complete() => _channel.Writer.TryComplete();
}
