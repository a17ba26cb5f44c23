using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Gateway.Inbound;
using Platform.Messaging;

namespace Platform.Gateway.Tests.Inbound;

/// <summary>
/// A frame the broker did not confirm (broker down) must not be overtaken by the frames behind it once
/// the broker is back: they are refused until the client resends the failed one.
/// </summary>
public sealed class Keeping_order_when_a_publish_fails
{
    private readonly FailingSender _sender = new();
    private readonly PipelineForwarder _forwarder;
    private readonly GatewayConnection _connection;

    public Keeping_order_when_a_publish_fails()
    {
        var options = Options.Create(new GatewayOptions { PublishTimeoutSeconds = 1 });
        _forwarder = new PipelineForwarder(_sender, options, NullLogger<PipelineForwarder>.Instance);
        _connection = new GatewayConnection("u-order", ClientRole.Agent, options.Value, CancellationToken.None);
    }

    [Fact]
    public async Task Should_refuse_later_frames_until_the_failed_one_is_resent()
    {
        _sender.FailingIds.Add("d1");
        Assert.False(await ForwardAsync(Pipelines.Ingest, "d1"));
        _sender.FailingIds.Clear(); // the broker is back

        Assert.False(await ForwardAsync(Pipelines.Ingest, "d2"));
        Assert.True(await ForwardAsync(Pipelines.Ingest, "d1"));
        Assert.True(await ForwardAsync(Pipelines.Ingest, "d2"));

        Assert.Equal(["d1", "d2"], _sender.Sent);
        Assert.Equal(["error d1 unavailable", "error d2 unavailable", "ack d1", "ack d2"], Answers());
    }

    [Fact]
    public async Task Should_not_hold_back_other_pipelines_after_a_failure()
    {
        _sender.FailingIds.Add("s1");
        Assert.False(await ForwardAsync(Pipelines.Graph, "s1"));
        _sender.FailingIds.Clear();

        Assert.True(await ForwardAsync(Pipelines.Graph, "s2"));
        Assert.True(await ForwardAsync(Pipelines.Ingest, "d1"));
        Assert.Equal(["s2", "d1"], _sender.Sent);
    }

    [Fact]
    public async Task Should_refuse_a_frame_that_can_never_be_serialised_for_good_and_hold_nothing_back()
    {
        _sender.UnwritableIds.Add("p1");
        Assert.False(await ForwardAsync(Pipelines.Ingest, "p1"));

        Assert.True(await ForwardAsync(Pipelines.Ingest, "d2"));
        Assert.Equal(["d2"], _sender.Sent);
        Assert.Equal(["error p1 invalid_payload", "ack d2"], Answers());
    }

    private async Task<bool> ForwardAsync(string pipeline, string frameId)
    {
        var message = new IngestCapturedTraffic
        {
            UserId = _connection.UserId,
            ConnectionId = _connection.Id,
            Sequence = _connection.NextSequence(),
            ClientMessageId = frameId,
            Events = [],
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        return await _forwarder.ForwardAsync(_connection, pipeline, message, frameId, CancellationToken.None);
    }

    /// <summary>The frames queued for the socket, as "ack ID" / "error ID CODE".</summary>
    private List<string> Answers()
    {
        var answers = new List<string>();
        while (_connection.Outbound.Reader.TryRead(out var frame))
        {
            using var json = JsonDocument.Parse(frame);
            var root = json.RootElement;
            var type = root.GetProperty("type").GetString();
            answers.Add(type == "message_ack"
                ? $"ack {root.GetProperty("payload").GetProperty("id").GetString()}"
                : $"error {root.GetProperty("id").GetString()} {root.GetProperty("payload").GetProperty("code").GetString()}");
        }

        return answers;
    }

    /// <summary>Stands in for the broker: ids in <see cref="FailingIds"/> are never confirmed.</summary>
    private sealed class FailingSender : IPipelineSender
    {
        public HashSet<string> FailingIds { get; } = [];

        /// <summary>Ids whose message MassTransit cannot serialise (it throws before anything is sent).</summary>
        public HashSet<string> UnwritableIds { get; } = [];

        public List<string> Sent { get; } = [];

        public Task SendAsync<T>(string pipeline, T message, CancellationToken cancellationToken = default)
            where T : class, IUserScoped
        {
            var id = (message as IngestCapturedTraffic)?.ClientMessageId ?? "";
            if (FailingIds.Contains(id))
            {
                throw new TimeoutException("no confirm");
            }

            if (UnwritableIds.Contains(id))
            {
                throw new System.Runtime.Serialization.SerializationException("Failed to serialize message", new JsonException("lone surrogate"));
            }

            Sent.Add(id);
            return Task.CompletedTask;
        }
    }
}
