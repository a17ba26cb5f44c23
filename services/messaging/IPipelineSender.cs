using MassTransit;
using Microsoft.Extensions.Options;
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
/// A send that is not confirmed within <see cref="MessagingOptions.SendTimeoutSeconds"/> fails with a
/// <see cref="TimeoutException"/>, which the consumers' retry treats as transient: a send begun while the
/// broker was down once never completed after the reconnect, and its partition waited behind it for
/// minutes (docs/faults.md, bug 9). A late confirm of the abandoned send only adds a duplicate, which every
/// consumer absorbs.
/// </summary>
internal sealed class PipelineSender(IBus endpoints, IOptions<MessagingOptions> options) : IPipelineSender
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.SendTimeoutSeconds);

    public async Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
        where T : class, IUserScoped
    {
        var endpoint = await endpoints.GetSendEndpoint(Pipelines.ExchangeAddress(pipeline));
        try
        {
            await endpoint.Send(message, cancellationToken).WaitAsync(_timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the broker did not confirm a {typeof(T).Name} to {pipeline} within {_timeout.TotalSeconds:0} s");
        }
    }
}
