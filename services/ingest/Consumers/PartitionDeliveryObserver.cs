using MassTransit;

namespace Platform.Ingest.Consumers;

/// <summary>
/// Tells a partition's commit queue which deliveries are being received, so it knows a missing tag from a gone one.
/// Connected to the bus: it sees every endpoint, and ignores those that were not declared to the group commit.
/// </summary>
/// <remarks>
/// A receive observer sees a delivery before the receive pipe (deserializing, the retry filters, the consumer) and
/// after its ack: an input waiting for its retry is in flight. PostReceive comes once the message was acked
/// (committed, or moved to _skipped or _error: gone for good); ReceiveFault once it was handed back or its channel died.
/// </remarks>
internal sealed class PartitionDeliveryObserver(IngestGroupCommit groupCommit) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context)
    {
        if (Delivery.Of(context) is { IsTracked: true } delivery)
        {
            groupCommit.Declared(context.InputAddress)?.ReceiveStarted(delivery);
        }

        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Ended(context, acked: true);

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Ended(context, acked: false);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;

    private Task Ended(ReceiveContext context, bool acked)
    {
        if (Delivery.Of(context) is { IsTracked: true } delivery)
        {
            groupCommit.Declared(context.InputAddress)?.ReceiveEnded(delivery, acked);
        }

        return Task.CompletedTask;
    }
}
