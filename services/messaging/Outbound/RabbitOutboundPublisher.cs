using System.Text;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using RabbitMQ.Client;

namespace Platform.Messaging.Outbound;

/// <summary>
/// Publishes outbound frames with RabbitMQ.Client directly: the body is the frame itself and the
/// gateway routes on headers, which MassTransit's envelope would hide. One channel, writes serialised.
/// </summary>
internal sealed partial class RabbitOutboundPublisher(Uri rabbitUri, ILogger<RabbitOutboundPublisher> logger)
    : IOutboundPublisher, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    public ValueTask PublishAsync(string userId, OutboundAudience audience, OutgoingWssMessage frame, CancellationToken cancellationToken = default) =>
        PublishAsync(userId, audience, WssFrameWriter.ToUtf8(frame), cancellationToken);

    public async ValueTask PublishAsync(string userId, OutboundAudience audience, ReadOnlyMemory<byte> utf8Frame, CancellationToken cancellationToken = default)
    {
        var properties = new BasicProperties
        {
            DeliveryMode = DeliveryModes.Transient,
            ContentType = "application/json",
            Headers = new Dictionary<string, object?>
            {
                [OutboundTopology.UserHeader] = Encoding.UTF8.GetBytes(userId),
                [OutboundTopology.AudienceHeader] = Encoding.UTF8.GetBytes(audience.Kind.ToString()),
                [OutboundTopology.TargetHeader] = audience.Target is null ? null : Encoding.UTF8.GetBytes(audience.Target),
            },
        };

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            await channel.BasicPublishAsync(OutboundTopology.ExchangeName, userId, mandatory: false, properties, utf8Frame, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Outbound frames are transient by design; a dropped one is recovered by the client's resync.
            LogPublishFailed(userId, e.Message);
            await ResetAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _gate.Dispose();
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        await ResetAsync();
        var factory = new ConnectionFactory { Uri = rabbitUri, AutomaticRecoveryEnabled = true, ClientProvidedName = "platform-outbound-publisher" };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await _channel.ExchangeDeclareAsync(OutboundTopology.ExchangeName, OutboundTopology.ExchangeType, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        return _channel;
    }

    private async Task ResetAsync()
    {
        try
        {
            if (_channel is not null)
            {
                await _channel.DisposeAsync();
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPublishFailed("-", e.Message);
        }

        _channel = null;
        _connection = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound frame for user {UserId} dropped: {Error}")]
    private partial void LogPublishFailed(string userId, string error);
}
