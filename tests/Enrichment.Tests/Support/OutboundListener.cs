using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Enrichment.Tests.Support;

/// <summary>One frame read from <c>platform.outbound</c>, as a gateway would receive it.</summary>
public sealed record OutboundFrame(string Audience, string? Target, JsonElement Json)
{
    public string Type => Json.GetProperty("type").GetString()!;
    public JsonElement Payload => Json.GetProperty("payload");

    public string? Str(params string[] path)
    {
        var e = Payload;
        foreach (var p in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e))
            {
                return null;
            }
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString();
    }
}

/// <summary>A test queue bound to the outbound exchange with one user id, like a gateway with one user connected.</summary>
public sealed class OutboundListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<OutboundFrame> _frames = new();
    private IConnection _connection = null!;
    private IChannel _channel = null!;

    public IReadOnlyList<OutboundFrame> Frames => [.. _frames];

    public static async Task<OutboundListener> StartAsync(Uri rabbit, string userId)
    {
        var listener = new OutboundListener();
        listener._connection = await new ConnectionFactory { Uri = rabbit }.CreateConnectionAsync();
        listener._channel = await listener._connection.CreateChannelAsync();
        var channel = listener._channel;
        await channel.ExchangeDeclareAsync(OutboundTopology.ExchangeName, OutboundTopology.ExchangeType, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, OutboundTopology.ExchangeName, userId);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var headers = delivery.BasicProperties.Headers ?? new Dictionary<string, object?>();
            listener._frames.Enqueue(new OutboundFrame(
                Header(headers, OutboundTopology.AudienceHeader) ?? "",
                Header(headers, OutboundTopology.TargetHeader),
                JsonDocument.Parse(delivery.Body).RootElement.Clone()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return listener;
    }

    public async Task<OutboundFrame> WaitForAsync(Func<OutboundFrame, bool> match, string because, double seconds = 20)
    {
        OutboundFrame? found = null;
        await Eventually.TrueAsync(() => (found = _frames.FirstOrDefault(match)) is not null, TimeSpan.FromSeconds(seconds),
            because + "; frames so far: " + string.Join(", ", _frames.Select(f => $"{f.Type}->{f.Audience}")));
        return found!;
    }

    public int Count(Func<OutboundFrame, bool> match) => _frames.Count(match);

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static string? Header(IDictionary<string, object?> headers, string key) =>
        headers.TryGetValue(key, out var value) && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
}
