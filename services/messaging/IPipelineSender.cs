using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Messaging;

/// <summary>Sends a user's message into a pipeline (durable, publisher-confirmed, partitioned by user).</summary>
public interface IPipelineSender
{
    Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped;
}

internal sealed class PipelineSender(ISendEndpointProvider endpoints) : IPipelineSender
{
    public async Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped
    {
        var endpoint = await endpoints.GetSendEndpoint(Pipelines.ExchangeAddress(pipeline));
        await endpoint.Send(message, cancellationToken);
    }
}
