using System.Diagnostics;
using Platform.Contracts.Messaging;
using Platform.Contracts.Serialization;
using Platform.Graph.Processing;
using Platform.Graph.Storage;

namespace Platform.Graph.Bench;

/// <summary>Times each step of the delta path separately (same steps as IngestHandler), to show where the time goes.</summary>
internal sealed class DeltaProfile(GraphCache cache, IngestBatchWriter writer)
{
    private readonly Dictionary<string, List<double>> _spans = [];

    public async Task RunAsync(MessagesIngested batch)
    {
        await cache.RunAsync(batch.UserId, load: true, async graph =>
        {
            var t = Stopwatch.GetTimestamp();
            var tails = TailPlanner.Plan(graph, batch);
            t = Span("0 plan tails in memory", t);
            var changes = await writer.WriteAsync(batch, tails, CancellationToken.None);
            t = Span("1 db round trip", t);
            var chats = GraphChangeApplier.Apply(graph, changes, tails);
            t = Span("2 apply to cached graph", t);
            var now = DateTimeOffset.UtcNow;
            var frames = chats.Select(c => GraphFrames.Append(graph, graph.Conversations[c], now)).ToList();
            t = Span("3 build append_message nodes", t);
            var update = GraphFrames.AnalyticsUpdate(graph, now);
            t = Span("4 analytics compose + diff", t);
            var bytes = frames.Sum(f => WssFrameWriter.ToUtf8(f).Length) + (update is null ? 0 : WssFrameWriter.ToUtf8(update).Length);
            Span("5 serialise frames", t);
            return bytes;
        }, CancellationToken.None);
    }

    private long Span(string name, long started)
    {
        if (!_spans.TryGetValue(name, out var list))
        {
            _spans[name] = list = [];
        }

        list.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Stopwatch.GetTimestamp();
    }

    public void Print()
    {
        foreach (var (name, list) in _spans.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            list.Sort();
            Console.WriteLine($"  {name,-50} p50 {list[list.Count / 2]:0.000} ms  p99 {list[(int)(list.Count * 0.99)]:0.000} ms  mean {list.Average():0.000} ms");
        }
    }
}
