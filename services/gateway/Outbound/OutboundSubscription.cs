using Microsoft.Extensions.Options;
using Platform.Messaging.Outbound;
using Platform.ServiceDefaults;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Gateway.Outbound;

/// <summary>
/// This instance's own auto-delete queue on <c>platform.outbound</c>, bound by user id while that user has
/// a socket here, so the instance receives only its users' frames. Frames are transient (no acks):
/// a client that misses one resynchronises.
/// </summary>
internal sealed class OutboundSubscription(
    IConfiguration configuration, IOptions<GatewayOptions> options, ILogger<OutboundSubscription> logger)
    : IUserBindings, IAsyncDisposable
{
    private readonly Dictionary<string, int> _users = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _consume;
    private IChannel? _bind;

    public string QueueName { get; } = $"gateway.{configuration["PLATFORM_INSTANCE"] ?? "gateway"}.{Guid.NewGuid():N}";

    /// <summary>Connects, declares the queue and starts consuming into <paramref name="onDelivery"/>.</summary>
    public async Task StartAsync(Func<BasicDeliverEventArgs, Task> onDelivery, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = PlatformConnections.RabbitMqUri(configuration),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            ClientProvidedName = QueueName,
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _consume = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        _bind = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await _consume.ExchangeDeclareAsync(OutboundTopology.ExchangeName, OutboundTopology.ExchangeType, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        // Bounded even if this instance stalls: the broker drops the oldest frames, clients resync.
        var arguments = new Dictionary<string, object?> { ["x-max-length"] = options.Value.OutboundQueue.MaxFrames * 100, ["x-overflow"] = "drop-head" };
        await _consume.QueueDeclareAsync(QueueName, durable: false, exclusive: false, autoDelete: true, arguments, cancellationToken: cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(_consume);
        consumer.ReceivedAsync += (_, delivery) => onDelivery(delivery);
        await _consume.BasicConsumeAsync(QueueName, autoAck: true, consumer, cancellationToken);
        GatewayLog.OutboundConsuming(logger, QueueName, OutboundTopology.ExchangeName);
    }

    public async Task AcquireAsync(string userId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var count = _users.GetValueOrDefault(userId);
            if (count == 0)
            {
                await Channel().QueueBindAsync(QueueName, OutboundTopology.ExchangeName, userId, cancellationToken: cancellationToken);
            }

            _users[userId] = count + 1;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ReleaseAsync(string userId)
    {
        await _gate.WaitAsync();
        try
        {
            var count = _users.GetValueOrDefault(userId) - 1;
            if (count > 0)
            {
                _users[userId] = count;
                return;
            }

            _users.Remove(userId);
            await Channel().QueueUnbindAsync(QueueName, OutboundTopology.ExchangeName, userId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A binding left behind only routes frames nobody here wants; the router drops them.
            GatewayLog.BindFailed(logger, e, userId);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { _consume, _bind, _connection })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }

        _consume = _bind = null;
        _connection = null;
    }

    private IChannel Channel() => _bind ?? throw new InvalidOperationException("The outbound subscription is not started.");
}
