using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.GroupCommit;

/// <summary>
/// Group commit for a partitioned pipeline: one <see cref="PartitionCommitQueue{TInput}"/> per partition queue this
/// process consumes. Consumers hand their input in and wait; each partition applies everything waiting as one batch,
/// in delivery order, then lets the waiters' messages be acked.
/// </summary>
public class GroupCommit<TInput> : IGroupCommit
    where TInput : class
{
    // By path, as the delivery observer declares them.
    private readonly ConcurrentDictionary<string, PartitionCommitQueue<TInput>> _partitions = new();
    private readonly Func<IReadOnlyList<TInput>, CancellationToken, Task> _apply;
    private readonly ILogger _logger;

    /// <param name="apply">Stores a batch in one transaction, or throws and stores none of it.</param>
    public GroupCommit(Func<IReadOnlyList<TInput>, CancellationToken, Task> apply, ILogger logger) =>
        (_apply, _logger) = (apply, logger);

    public Task SubmitAsync(ConsumeContext<TInput> context) =>
        Partition(context.ReceiveContext.InputAddress).SubmitAsync(Delivery.Of(context), context.Message, context.CancellationToken);

    /// <summary>Other work on a partition's queue: run alone, in its place among the inputs.</summary>
    public Task RunAloneAsync(ConsumeContext context, Func<CancellationToken, Task> work) =>
        Partition(context.ReceiveContext.InputAddress).RunAloneAsync(Delivery.Of(context), work, context.CancellationToken);

    IPartitionDeliveries IGroupCommit.Partition(Uri inputAddress) => Partition(inputAddress);

    internal PartitionCommitQueue<TInput> Partition(Uri inputAddress) =>
        _partitions.GetOrAdd(inputAddress.AbsolutePath, queue => new PartitionCommitQueue<TInput>(queue, _apply, _logger));
}
