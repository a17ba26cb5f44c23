using System.Collections.Concurrent;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Graph.Tests.Support;

/// <summary>What a gateway sees: a queue of its own bound to <c>platform.outbound</c> by one user id.</summary>
public sealed class OutboundListener : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private OutboundListener(IConnection connection, IChannel channel) => (_connection, _channel) = (connection, channel);

    public ConcurrentQueue<OutgoingWssMessage> Frames { get; } = new();

    public static async Task<OutboundListener> StartAsync(Uri rabbitMq, string userId)
    {
        var connection = await new ConnectionFactory { Uri = rabbitMq }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(OutboundTopology.ExchangeName, OutboundTopology.ExchangeType, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, OutboundTopology.ExchangeName, userId);
        var listener = new OutboundListener(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            if (WssFrameWriter.ReadOutgoing(delivery.Body.Span) is { } frame)
            {
                listener.Frames.Enqueue(frame);
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return listener;
    }

    public List<T> Of<T>() where T : OutgoingWssMessage => [.. Frames.OfType<T>()];

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, string because) where T : OutgoingWssMessage
    {
        T? found = null;
        await Eventually.TrueAsync(() => (found = Frames.OfType<T>().FirstOrDefault(match)) is not null, TimeSpan.FromSeconds(30), because);
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
