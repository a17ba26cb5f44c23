using MassTransit;
using Platform.Messaging;

namespace Platform.Ingest.Consumers;

/// <summary>Partition endpoints whose consumers submit to <see cref="IngestGroupCommit"/>.</summary>
public static class GroupCommitEndpoints
{
    /// <summary>
    /// <see cref="MessagingExtensions.ReceivePartitions"/> with room for a whole batch, and the delivery observer the group
    /// commit's order needs. A receive endpoint's configurator cannot connect a receive observer; the bus's reaches every
    /// endpoint, and ignores the endpoints not declared to it.
    /// </summary>
    public static void ReceiveGroupCommitPartitions(
        this IRabbitMqBusFactoryConfigurator cfg,
        IBusRegistrationContext context,
        string pipeline,
        MessagingOptions options,
        Action<IRabbitMqReceiveEndpointConfigurator> configureConsumers)
    {
        var deliveries = new PartitionDeliveryObserver(context.GetRequiredService<IngestGroupCommit>);
        cfg.ConnectReceiveObserver(deliveries);
        cfg.ReceivePartitions(context, pipeline, options, e =>
        {
            deliveries.Declare(e.InputAddress);
            configureConsumers(e);
        }, concurrentMessageLimit: GroupCommitOptions.MaxInputs);
    }
}
