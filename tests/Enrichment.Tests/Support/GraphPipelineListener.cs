using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts.Model;
using Platform.Messaging;
using Platform.TestSupport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Enrichment.Tests.Support;

/// <summary>
/// A test queue bound to every partition of the graph pipeline: what graph would receive from enrichment,
/// read from the real exchange (the MassTransit envelope's <c>message</c>), for one user.
/// </summary>
public sealed class GraphPipelineListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<JsonElement> _messages = new();
    private IConnection _connection = null!;
    private IChannel _channel = null!;

    public static async Task<GraphPipelineListener> StartAsync(Uri rabbit, string userId, int partitions)
    {
        var listener = new GraphPipelineListener();
        listener._connection = await new ConnectionFactory { Uri = rabbit }.CreateConnectionAsync();
        listener._channel = await listener._connection.CreateChannelAsync();
        var channel = listener._channel;
        var exchange = Pipelines.ExchangeName(Pipelines.Graph);
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Direct, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        for (var partition = 0; partition < partitions; partition++)
        {
            await channel.QueueBindAsync(queue, exchange, Pipelines.RoutingKey(partition));
        }

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var message = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("message");
            if (message.TryGetProperty("userId", out var user) && user.GetString() == userId)
            {
                listener._messages.Enqueue(message.Clone());
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return listener;
    }

    // As MassTransit writes a body: camelCase, decimals as strings.
    private static readonly JsonSerializerOptions _bodyOptions = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    /// <summary>The first fan score for <paramref name="fanId"/> in a <c>MessagesEnriched</c>.</summary>
    public async Task<FanScores> WaitForScoreAsync(string fanId, string because, double seconds = 20)
    {
        JsonElement? found = null;
        await Eventually.TrueAsync(() => (found = Scores().Cast<JsonElement?>().FirstOrDefault(s => s!.Value.GetProperty("fanId").GetString() == fanId)) is not null,
            TimeSpan.FromSeconds(seconds), because);
        return found!.Value.Deserialize<FanScores>(_bodyOptions)!;
    }

    private IEnumerable<JsonElement> Scores() =>
        _messages.Where(m => m.TryGetProperty("scores", out _)).SelectMany(m => m.GetProperty("scores").EnumerateArray());

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
