namespace Platform.Bench.Clients;

/// <summary>The raw Kestrel relay (bench's own <c>serve kestrel</c>): <c>/ws?user=U&amp;role=agent|bridge</c>, bytes relayed as-is.</summary>
public sealed class RawWebSocketRelayPeer(Uri server) : IRelayPeer
{
    private readonly List<BenchSocket> _agents = [];
    private readonly List<BenchSocket> _bridges = [];

    public async Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken)
    {
        for (var user = 0; user < users; user++)
        {
            var bridge = new BenchSocket((_, frame) => delivered(FrameReader.LongAfter(frame.Span, RelayPayload.SeqKey)));
            await bridge.ConnectAsync(new Uri(server, $"/ws?user=u{user}&role=bridge"), cancellationToken);
            _bridges.Add(bridge);
            var agent = new BenchSocket((_, _) => { });
            await agent.ConnectAsync(new Uri(server, $"/ws?user=u{user}&role=agent"), cancellationToken);
            _agents.Add(agent);
        }
    }

    public void Send(int user, long seq) => _agents[user].Send(RelayPayload.Build(seq));

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _agents.Concat(_bridges))
        {
            await socket.DisposeAsync();
        }
    }
}
