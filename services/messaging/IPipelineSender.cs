using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Messaging;

/// <summary>Sends a user's message into a pipeline (durable, publisher-confirmed, partitioned by user).</summary>
public interface IPipelineSender
{
    Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped;
}

/// <summary>
/// Sends through the bus itself, so singletons (socket handlers, sweepers, in-memory projections) can
/// use it. Services send after their database commit, so the consume context's outbox adds nothing.
/// </summary>
internal sealed class PipelineSender(IBus endpoints) : IPipelineSender
{
    public async Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped
    {
        var endpoint = await endpoints.GetSendEndpoint(Pipelines.ExchangeAddress(pipeline));
        await endpoint.Send(message, cancellationToken);
    }
}
