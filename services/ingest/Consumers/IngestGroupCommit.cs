using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Consumers;

/// <summary>One <see cref="PartitionCommitQueue"/> per partition queue this process consumes.</summary>
public sealed class IngestGroupCommit(TrafficIngestor ingestor, ILogger<IngestGroupCommit> logger)
{
    private readonly ConcurrentDictionary<Uri, PartitionCommitQueue> _partitions = new();

    public Task SubmitAsync(ConsumeContext<IngestCapturedTraffic> context) => Partition(context).SubmitAsync(context);

    /// <summary>Other work on a partition's queue: run alone, in its place among the inputs.</summary>
    public Task RunAloneAsync(ConsumeContext context, Func<CancellationToken, Task> work) => Partition(context).RunAloneAsync(context, work);

    private PartitionCommitQueue Partition(ConsumeContext context) =>
        _partitions.GetOrAdd(context.ReceiveContext.InputAddress, address => new PartitionCommitQueue(address.AbsolutePath, ingestor, logger));
}
