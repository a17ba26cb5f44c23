using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Bench.Clients;

/// <summary>
/// The broker ceiling: the live path's hops with nothing else in them. Each message goes through three
/// quorum queues (persistent, publisher confirms, acked only after the next hop confirmed), partitioned
/// like the pipelines (one queue per partition per hop, a single consumer each).
/// </summary>
public sealed class RabbitPipelinePeer(Uri vhost, int partitions = 8, int hops = 3) : IRelayPeer
{
    private const ushort Prefetch = 512;
    private static readonly BasicProperties _persistent = new() { DeliveryMode = DeliveryModes.Persistent };
    private static readonly CreateChannelOptions _confirmed = new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
    private readonly List<Channel<long>> _outgoing = [];
    private readonly List<Task> _publishers = [];
    private IConnection? _connection;

    public async Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken)
    {
        _connection = await new ConnectionFactory { Uri = vhost, ClientProvidedName = "bench-ceiling" }.CreateConnectionAsync(cancellationToken);
        var setup = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var quorum = new Dictionary<string, object?> { ["x-queue-type"] = "quorum" };
        for (var hop = 1; hop <= hops; hop++)
        {
            for (var p = 0; p < partitions; p++)
            {
                await setup.QueueDeclareAsync(Queue(hop, p), durable: true, exclusive: false, autoDelete: false, quorum, cancellationToken: cancellationToken);
            }
        }

        for (var p = 0; p < partitions; p++)
        {
            for (var hop = 1; hop <= hops; hop++)
            {
                await ConsumeAsync(hop, p, delivered, cancellationToken);
            }

            var outgoing = Channel.CreateUnbounded<long>(new() { SingleReader = true });
            _outgoing.Add(outgoing);
            var publisher = await _connection.CreateChannelAsync(_confirmed, cancellationToken);
            var queue = Queue(1, p);
            _publishers.Add(Task.Run(() => PublishLoopAsync(publisher, queue, outgoing.Reader), CancellationToken.None));
        }
    }

    public void Send(int user, long seq) => _outgoing[user % partitions].Writer.TryWrite(seq);

    private static string Queue(int hop, int partition) => $"ceiling.h{hop}-p{partition}";

    private async Task ConsumeAsync(int hop, int partition, Action<long> delivered, CancellationToken cancellationToken)
    {
        var consume = await _connection!.CreateChannelAsync(cancellationToken: cancellationToken);
        await consume.BasicQosAsync(0, Prefetch, false, cancellationToken);
        var next = hop < hops ? await _connection.CreateChannelAsync(_confirmed, cancellationToken) : null;
        var nextQueue = Queue(hop + 1, partition);
        var consumer = new AsyncEventingBasicConsumer(consume);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            if (next is null)
            {
                delivered(FrameReader.LongAfter(delivery.Body.Span, RelayPayload.SeqKey));
                return consume.BasicAckAsync(delivery.DeliveryTag, false).AsTask();
            }

            // Pipelined: the next delivery is handled while this one waits for its confirm.
            _ = ForwardAsync(consume, next, nextQueue, delivery.DeliveryTag, delivery.Body.ToArray());
            return Task.CompletedTask;
        };
        await consume.BasicConsumeAsync(Queue(hop, partition), autoAck: false, consumer, cancellationToken);
    }

    private static async Task ForwardAsync(IChannel consume, IChannel next, string queue, ulong tag, byte[] body)
    {
        try
        {
            await next.BasicPublishAsync("", queue, mandatory: false, _persistent, body);
            await consume.BasicAckAsync(tag, false);
        }
        catch (Exception e) when (e is ObjectDisposedException or OperationCanceledException or RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
            // The run ended.
        }
    }

    private static async Task PublishLoopAsync(IChannel channel, string queue, ChannelReader<long> outgoing)
    {
        using var inFlight = new SemaphoreSlim(Prefetch);
        try
        {
            await foreach (var seq in outgoing.ReadAllAsync())
            {
                await inFlight.WaitAsync();
                _ = PublishAsync(channel, queue, RelayPayload.Build(seq), inFlight);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    private static async Task PublishAsync(IChannel channel, string queue, byte[] body, SemaphoreSlim inFlight)
    {
        try
        {
            await channel.BasicPublishAsync("", queue, mandatory: false, _persistent, body);
        }
        catch (Exception e) when (e is ObjectDisposedException or OperationCanceledException or RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
        }
        finally
        {
            try
            {
                inFlight.Release();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var outgoing in _outgoing)
        {
            outgoing.Writer.TryComplete();
        }

        await Task.WhenAll(_publishers);
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
