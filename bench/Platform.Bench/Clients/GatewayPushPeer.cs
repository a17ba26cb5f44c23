using System.Text;
using System.Threading.Channels;
using Platform.Messaging.Outbound;
using RabbitMQ.Client;

namespace Platform.Bench.Clients;

/// <summary>
/// The gateway's push path (broker -> sockets): frames published to <c>platform.outbound</c> the way graph
/// and enrichment publish them (routing key and <c>x-user</c> = user, <c>x-audience</c> = Bridges), received
/// by each user's bridge socket on a running gateway. The seq travels in <c>pong.serverTime</c>.
/// </summary>
public sealed class GatewayPushPeer(GatewayClient gateway, Uri broker) : IRelayPeer
{
    private const int Publishers = 4;
    private static readonly string _padding = new('x', RelayPayload.Size - 70);
    private readonly List<BenchSocket> _bridges = [];
    private readonly Channel<(int User, long Seq)>[] _outgoing = [.. Enumerable.Range(0, Publishers).Select(_ => Channel.CreateUnbounded<(int, long)>(new() { SingleReader = true }))];
    private readonly List<Task> _writers = [];
    private IConnection? _connection;
    private bool[] _probed = [];

    /// <summary>Probe seqs sit far above any measured seq.</summary>
    private const long ProbeBase = 1L << 50;

    public async Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken)
    {
        _probed = new bool[users];
        for (var user = 0; user < users; user++)
        {
            _bridges.Add(await gateway.OpenAsync(UserId(user), "bridge", (_, frame) =>
            {
                if (FrameReader.IsType(frame.Span, "{\"type\":\"pong\""u8))
                {
                    var seq = FrameReader.LongAfter(frame.Span, "\"serverTime\":"u8);
                    if (seq >= ProbeBase)
                    {
                        _probed[seq - ProbeBase] = true;
                    }
                    else
                    {
                        delivered(seq);
                    }
                }
            }, cancellationToken));
        }

        _connection = await new ConnectionFactory { Uri = broker, ClientProvidedName = "bench-push" }.CreateConnectionAsync(cancellationToken);
        foreach (var outgoing in _outgoing)
        {
            var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
            _writers.Add(Task.Run(() => PublishLoopAsync(channel, outgoing.Reader), CancellationToken.None));
        }

        // The gateway binds a user's queue after the socket opened: wait until a frame of every user arrives.
        await WaitForBindingsAsync(users, cancellationToken);
    }

    public void Send(int user, long seq) => _outgoing[user % Publishers].Writer.TryWrite((user, seq));

    public static string UserId(int user) => $"push-u{user}";

    private async Task WaitForBindingsAsync(int users, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && _probed.Count(p => p) < users)
        {
            for (var user = 0; user < users; user++)
            {
                if (!_probed[user])
                {
                    Send(user, ProbeBase + user);
                }
            }

            await Task.Delay(300, cancellationToken);
        }
    }

    private static async Task PublishLoopAsync(IChannel channel, ChannelReader<(int User, long Seq)> outgoing)
    {
        try
        {
            await foreach (var (user, seq) in outgoing.ReadAllAsync())
            {
                var userId = UserId(user);
                var properties = new BasicProperties
                {
                    ContentType = "application/json",
                    Headers = new Dictionary<string, object?>
                    {
                        [OutboundTopology.UserHeader] = userId,
                        [OutboundTopology.AudienceHeader] = nameof(AudienceKind.Bridges),
                    },
                };
                var body = Encoding.UTF8.GetBytes($"{{\"type\":\"pong\",\"id\":\"{_padding}\",\"payload\":{{\"serverTime\":{seq}}}}}");
                await channel.BasicPublishAsync(OutboundTopology.ExchangeName, userId, mandatory: false, properties, body);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or OperationCanceledException or RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
            // The run ended.
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var outgoing in _outgoing)
        {
            outgoing.Writer.TryComplete();
        }

        await Task.WhenAll(_writers);
        foreach (var bridge in _bridges)
        {
            await bridge.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
