using MassTransit;
using MassTransit.RabbitMqTransport;

namespace Platform.Messaging.GroupCommit;

/// <summary>Where a message was delivered: the AMQP channel (by reference) and its delivery tag on that channel.</summary>
/// <remarks>
/// Tags restart at 1 on every channel, so a tag means nothing without its channel. MassTransit puts no channel id
/// in the receive context, but it carries the <see cref="ChannelContext"/> as a payload, and each reconnect opens a
/// new RabbitMQ.Client channel object (MassTransit turns the client's automatic recovery off). The consumer tag is no
/// substitute: MassTransit passes the previous one to basic.consume again on the new channel.
/// </remarks>
internal readonly record struct Delivery(object? Channel, ulong Tag)
{
    /// <summary>Not from RabbitMQ (the in-memory test harness): no order to keep.</summary>
    public bool IsTracked => Channel is not null;

    // Payload lookups: the receive context a consumer sees is wrapped (in-memory outbox, retries).
    public static Delivery Of(PipeContext context) =>
        context.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit) && context.TryGetPayload<ChannelContext>(out var channel)
            ? new Delivery(channel.Channel, rabbit.DeliveryTag)
            : default;
}
