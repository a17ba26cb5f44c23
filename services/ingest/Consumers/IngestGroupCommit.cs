using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Consumers;

/// <summary>One <see cref="PartitionCommitQueue"/> per partition queue this process consumes.</summary>
public sealed class IngestGroupCommit
{
    // By path, as the delivery observer declares them.
    private readonly ConcurrentDictionary<string, PartitionCommitQueue> _partitions = new();
    private readonly Func<IReadOnlyList<IngestCapturedTraffic>, CancellationToken, Task> _apply;
    private readonly ILogger _logger;

    public IngestGroupCommit(TrafficIngestor ingestor, ILogger<IngestGroupCommit> logger)
        : this(ingestor.IngestAsync, logger)
    {
    }

    /// <param name="apply">Stores a batch in one transaction (tests record the order instead).</param>
    internal IngestGroupCommit(Func<IReadOnlyList<IngestCapturedTraffic>, CancellationToken, Task> apply, ILogger logger) =>
        (_apply, _logger) = (apply, logger);

    public Task SubmitAsync(ConsumeContext<IngestCapturedTraffic> context) =>
        Partition(context.ReceiveContext.InputAddress).SubmitAsync(Delivery.Of(context), context.Message, context.CancellationToken);

    /// <summary>Other work on a partition's queue: run alone, in its place among the inputs.</summary>
    public Task RunAloneAsync(ConsumeContext context, Func<CancellationToken, Task> work) =>
        Partition(context.ReceiveContext.InputAddress).RunAloneAsync(Delivery.Of(context), work, context.CancellationToken);

    internal PartitionCommitQueue Partition(Uri inputAddress) =>
        _partitions.GetOrAdd(inputAddress.AbsolutePath, queue => new PartitionCommitQueue(queue, _apply, _logger));
}
