using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Messaging.GroupCommit;

/// <summary>Partition endpoints whose consumers submit to a <see cref="GroupCommit{TInput}"/>.</summary>
public static class GroupCommitEndpoints
{
    /// <summary>
    /// <see cref="MessagingExtensions.ReceivePartitions"/> with room for a whole batch, and the delivery observer the group
    /// commit's order needs. A receive endpoint's configurator cannot connect a receive observer; the bus's reaches every
    /// endpoint, and ignores the endpoints not declared to it.
    /// </summary>
    public static void ReceiveGroupCommitPartitions<TGroupCommit>(
        this IRabbitMqBusFactoryConfigurator cfg,
        IBusRegistrationContext context,
        string pipeline,
        MessagingOptions options,
        Action<IRabbitMqReceiveEndpointConfigurator> configureConsumers)
        where TGroupCommit : class, IGroupCommit
    {
        var deliveries = new PartitionDeliveryObserver(context.GetRequiredService<TGroupCommit>);
        cfg.ConnectReceiveObserver(deliveries);
        cfg.ReceivePartitions(context, pipeline, options, e =>
        {
            deliveries.Declare(e.InputAddress);
            configureConsumers(e);
        }, concurrentMessageLimit: GroupCommitOptions.MaxInputs);
    }
}
