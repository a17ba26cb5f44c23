using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.Bench.Clients;

/// <summary>The ASP.NET Core SignalR peer (bench's own <c>serve signalr</c>): hub method <c>Relay(seq, padding)</c>, client event <c>m</c>.</summary>
public sealed class SignalRRelayPeer(Uri server) : IRelayPeer
{
    private readonly List<HubConnection> _connections = [];
    private readonly List<Channel<long>> _outgoing = [];
    private readonly List<Task> _writers = [];

    public async Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken)
    {
        for (var user = 0; user < users; user++)
        {
            var bridge = Build($"u{user}", "bridge");
            bridge.On<long, string>("m", (seq, _) => delivered(seq));
            await bridge.StartAsync(cancellationToken);
            var agent = Build($"u{user}", "agent");
            await agent.StartAsync(cancellationToken);
            var outgoing = Channel.CreateUnbounded<long>(new() { SingleReader = true });
            _outgoing.Add(outgoing);
            _writers.Add(Task.Run(() => WriteLoopAsync(agent, outgoing.Reader), CancellationToken.None));
        }
    }

    public void Send(int user, long seq) => _outgoing[user].Writer.TryWrite(seq);

    private HubConnection Build(string user, string role)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, $"/relay?user={user}&role={role}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        _connections.Add(connection);
        return connection;
    }

    private static async Task WriteLoopAsync(HubConnection agent, ChannelReader<long> outgoing)
    {
        try
        {
            await foreach (var seq in outgoing.ReadAllAsync())
            {
                await agent.SendAsync("Relay", seq, RelayPayload.Padding);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // The connection closed at the end of the run.
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _outgoing)
        {
            channel.Writer.TryComplete();
        }

        await Task.WhenAll(_writers);
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
