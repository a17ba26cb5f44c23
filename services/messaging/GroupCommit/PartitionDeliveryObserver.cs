using MassTransit;

namespace Platform.Messaging.GroupCommit;

/// <summary>
/// Tells a partition's commit queue which deliveries are being received, so it knows a missing tag from a gone one.
/// Connected to the bus: it sees every endpoint, and ignores those not declared to it.
/// </summary>
/// <remarks>
/// A receive observer sees a delivery before the receive pipe (deserializing, the retry filters, the consumer) and
/// after its ack: an input waiting for its retry is in flight. PostReceive comes once the message was acked
/// (committed, or moved to _skipped or _error: gone for good); ReceiveFault once it was handed back or its channel died.
/// </remarks>
/// <param name="groupCommit">
/// Resolved at the first delivery: the group commit's sender needs the bus, which is being built while endpoints are declared.
/// </param>
internal sealed class PartitionDeliveryObserver(Func<IGroupCommit> groupCommit) : IReceiveObserver
{
    // By path: the configured input address may differ from the received one in its query (endpoint settings).
    private readonly HashSet<string> _endpoints = [];
    private IGroupCommit? _groupCommit;

    /// <summary>Before the bus starts: a partition endpoint whose consumers submit to the group commit.</summary>
    public void Declare(Uri inputAddress) => _endpoints.Add(inputAddress.AbsolutePath);

    public Task PreReceive(ReceiveContext context)
    {
        if (Partition(context) is { } partition)
        {
            partition.ReceiveStarted(Delivery.Of(context));
        }

        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Ended(context, acked: true);

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Ended(context, acked: false);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;

    private Task Ended(ReceiveContext context, bool acked)
    {
        if (Partition(context) is { } partition)
        {
            partition.ReceiveEnded(Delivery.Of(context), acked);
        }

        return Task.CompletedTask;
    }

    private IPartitionDeliveries? Partition(ReceiveContext context) =>
        _endpoints.Contains(context.InputAddress.AbsolutePath) && Delivery.Of(context).IsTracked
            ? (_groupCommit ??= groupCommit()).Partition(context.InputAddress)
            : null;
}
