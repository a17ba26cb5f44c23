using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Bench;

/// <summary>
/// Stands in for the graph: times each delta from its send to the arrival of the <see cref="MessagesIngested"/>
/// ingest emits after committing it (send, consume, commit, publish), without polling the database.
/// </summary>
public sealed class DeltaArrivals
{
    private readonly ConcurrentDictionary<long, long> _sentAt = new();
    private readonly ConcurrentBag<double> _latencies = [];

    public string UserId { get; set; } = "";

    public int Count => _latencies.Count;

    public void Sent(long sequence) => _sentAt[sequence] = Stopwatch.GetTimestamp();

    public void Arrived(MessagesIngested message)
    {
        if (message.UserId == UserId && message.SnapshotId is null && _sentAt.TryRemove(message.Sequence, out var sent))
        {
            _latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
    }

    public double[] Sorted() => [.. _latencies.Order()];
}

/// <summary>The consumer on the graph partitions that feeds <see cref="DeltaArrivals"/>.</summary>
public sealed class DeltaArrivalConsumer(DeltaArrivals arrivals) : IConsumer<MessagesIngested>
{
    public Task Consume(ConsumeContext<MessagesIngested> context)
    {
        arrivals.Arrived(context.Message);
        return Task.CompletedTask;
    }
}
