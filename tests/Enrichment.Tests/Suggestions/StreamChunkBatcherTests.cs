using Platform.Enrichment.Suggestions;

namespace Platform.Enrichment.Tests.Suggestions;

public sealed class StreamChunkBatcherTests
{
    /// <summary>A clock that moves only when told: timestamps in ticks of one second per <see cref="TimestampFrequency"/>.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        public long Now { get; set; }

        public override long GetTimestamp() => Now;

        public override long TimestampFrequency => 1_000; // 1 tick = 1 ms

        public void Advance(TimeSpan by) => Now += (long)by.TotalMilliseconds;
    }

    [Fact]
    public async Task Should_send_chunks_that_arrive_at_once_as_one_frame()
    {
        var clock = new SteppedClock();
        var sent = new List<string>();
        var batcher = new StreamChunkBatcher(t => { sent.Add(t); return ValueTask.CompletedTask; }, clock);

        foreach (var word in new[] { "Hi ", "Mia! ", "It's ", "15 ", "for ", "you" })
        {
            await batcher.AddAsync(word);
        }

        Assert.Empty(sent);
        await batcher.FlushAsync();
        Assert.Equal(["Hi Mia! It's 15 for you"], sent);
    }

    [Fact]
    public async Task Should_keep_streaming_chunks_that_arrive_over_time()
    {
        var clock = new SteppedClock();
        var sent = new List<string>();
        var batcher = new StreamChunkBatcher(t => { sent.Add(t); return ValueTask.CompletedTask; }, clock);

        clock.Advance(TimeSpan.FromMilliseconds(300)); // a model's first token: out at once
        await batcher.AddAsync("Hi ");
        await batcher.AddAsync("Mia");
        clock.Advance(StreamChunkBatcher.Interval);
        await batcher.AddAsync("! ");
        await batcher.AddAsync("xo");
        await batcher.FlushAsync();
        await batcher.FlushAsync(); // nothing pending: nothing sent

        Assert.Equal(["Hi ", "Mia! ", "xo"], sent);
    }
}
