using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Consumers;

/// <summary>One <see cref="PartitionCommitQueue"/> per partition queue this process consumes.</summary>
public sealed class IngestGroupCommit
{
    // By path: the configured input address may differ from the received one in its query (endpoint settings).
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

    /// <summary>Reports the deliveries of the endpoints named by <see cref="KeepOrderOf"/>: connect it to the bus.</summary>
    public IReceiveObserver DeliveryObserver() => new PartitionDeliveryObserver(this);

    /// <summary>Declares a partition endpoint whose consumers submit here, before the bus starts.</summary>
    public void KeepOrderOf(Uri inputAddress) => Partition(inputAddress);

    /// <summary>The queue of a declared partition endpoint; null for the bus's other endpoints.</summary>
    internal PartitionCommitQueue? Declared(Uri inputAddress) => _partitions.GetValueOrDefault(inputAddress.AbsolutePath);

    internal PartitionCommitQueue Partition(Uri inputAddress) =>
        _partitions.GetOrAdd(inputAddress.AbsolutePath, queue => new PartitionCommitQueue(queue, _apply, _logger));
}
