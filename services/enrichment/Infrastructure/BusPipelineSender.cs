using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Messaging;

namespace Platform.Enrichment.Infrastructure;

/// <summary>
/// <see cref="IPipelineSender"/> over the singleton <see cref="IBus"/>. Platform.Messaging's own sender is a
/// singleton over the scoped <see cref="ISendEndpointProvider"/>, which scope validation rejects; and sending
/// through a consume context fails once the in-memory outbox flushes, because the scoped partition filter is
/// then resolved from the consumer's already disposed scope. Sends therefore leave at once, not after the
/// consumer; what graph receives is idempotent (per message id, per fan), so a retried batch only repeats it.
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
