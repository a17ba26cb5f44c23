using System.Text;

namespace Platform.Bench.Clients;

/// <summary>
/// The Node Socket.IO 4 peer (bench/socketio/server.mjs), spoken at the wire level (Engine.IO 4 over a
/// WebSocket) so that its load generator costs the same as the other peers':
/// open <c>0{...}</c>, connect <c>40{auth}</c>, ping <c>2</c> / pong <c>3</c>, event <c>42["m",{...}]</c>.
/// </summary>
public sealed class SocketIoRelayPeer(Uri server) : IRelayPeer
{
    private readonly List<BenchSocket> _agents = [];
    private readonly List<BenchSocket> _bridges = [];

    public async Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken)
    {
        for (var user = 0; user < users; user++)
        {
            _bridges.Add(await OpenAsync($"u{user}", "bridge", delivered, cancellationToken));
            _agents.Add(await OpenAsync($"u{user}", "agent", delivered, cancellationToken));
        }
    }

    public void Send(int user, long seq) => _agents[user].Send(Encoding.UTF8.GetBytes($"42[\"m\",{RelayPayload.Json(seq)}]"));

    private async Task<BenchSocket> OpenAsync(string user, string role, Action<long> delivered, CancellationToken cancellationToken)
    {
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connect = Encoding.UTF8.GetBytes($"40{{\"user\":\"{user}\",\"role\":\"{role}\"}}");
        var socket = new BenchSocket((self, frame) =>
        {
            var span = frame.Span;
            if (span.StartsWith("42"u8))
            {
                delivered(FrameReader.LongAfter(span, RelayPayload.SeqKey));
            }
            else if (span.SequenceEqual("2"u8))
            {
                self.Send("3"u8.ToArray());
            }
            else if (span.StartsWith("0{"u8))
            {
                self.Send(connect);
            }
            else if (span.StartsWith("40"u8))
            {
                connected.TrySetResult();
            }
        });
        await socket.ConnectAsync(new Uri(server, "/socket.io/?EIO=4&transport=websocket"), cancellationToken);
        await connected.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _agents.Concat(_bridges))
        {
            await socket.DisposeAsync();
        }
    }
}
