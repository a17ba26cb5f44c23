using MassTransit;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;

namespace Platform.Messaging;

/// <summary>
/// The one place the partition key is set: every message that is <see cref="IUserScoped"/> gets the
/// routing key of its user's partition, whichever pipeline exchange it is sent to.
/// </summary>
public sealed class PartitionRoutingKeyFilter<T>(IOptions<MessagingOptions> options) : IFilter<SendContext<T>>
    where T : class
{
    private readonly int _partitions = options.Value.Partitions;

    public Task Send(SendContext<T> context, IPipe<SendContext<T>> next)
    {
        if (context.Message is IUserScoped scoped)
        {
            context.SetRoutingKey(Pipelines.RoutingKey(UserPartitioner.PartitionOf(scoped.UserId, _partitions)));
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("partitionRoutingKey");
}
