using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Messaging;

namespace Platform.Gateway.Inbound;

/// <summary>
/// The gateway's <see cref="IPipelineSender"/>: sends through the bus itself. The shared one takes the
/// scoped <c>ISendEndpointProvider</c> into a singleton, which scope validation (Development) refuses;
/// the gateway sends from socket loops, outside any consume scope, so the bus is the right provider.
/// Same exchange address, same partition filter (a bus-wide send filter).
/// </summary>
internal sealed class BusPipelineSender(IBus bus) : IPipelineSender
{
    public async Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped
    {
        var endpoint = await bus.GetSendEndpoint(Pipelines.ExchangeAddress(pipeline));
        await endpoint.Send(message, cancellationToken);
    }
}
