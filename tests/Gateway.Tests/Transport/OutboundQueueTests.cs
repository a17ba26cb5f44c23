using Platform.Gateway.Transport;

namespace Platform.Gateway.Tests.Transport;

public sealed class OutboundQueueTests
{
    private static ReadOnlyMemory<byte> Frame(int bytes) => new byte[bytes];

    [Fact]
    public void Should_refuse_small_frames_beyond_the_byte_limit()
    {
        var queue = new OutboundQueue(maxFrames: 100, maxBytes: 1000);
        Assert.True(queue.TryEnqueue(Frame(600)));
        Assert.False(queue.TryEnqueue(Frame(600)));
        Assert.Equal(600, queue.QueuedBytes);
    }

    [Fact]
    public void Should_take_a_frame_larger_than_the_limit_between_small_ones_and_keep_taking_small_ones()
    {
        var queue = new OutboundQueue(maxFrames: 100, maxBytes: 1000);
        Assert.True(queue.TryEnqueue(Frame(300)));
        var fullSync = Frame(10_000);
        Assert.True(queue.TryEnqueue(fullSync)); // a large account's snapshot behind a queued frame
        Assert.True(queue.TryEnqueue(Frame(300))); // and the live frames behind it
        Assert.Equal(600, queue.QueuedBytes);

        queue.Dequeued(fullSync);
        Assert.Equal(600, queue.QueuedBytes);
    }

    [Fact]
    public void Should_bound_large_frames_by_the_frame_limit()
    {
        var queue = new OutboundQueue(maxFrames: 2, maxBytes: 1000);
        Assert.True(queue.TryEnqueue(Frame(5_000)));
        Assert.True(queue.TryEnqueue(Frame(5_000)));
        Assert.False(queue.TryEnqueue(Frame(5_000)));
    }
}
