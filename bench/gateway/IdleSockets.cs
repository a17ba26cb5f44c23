using System.Net.WebSockets;

namespace Platform.Gateway.Bench;

/// <summary>RSS the gateway holds per idle socket (agents, after their greeting was read).</summary>
internal static class IdleSockets
{
    public static async Task<IEnumerable<(string, string)>> MeasureAsync(GatewayProcess gateway, int count)
    {
        GC.Collect();
        var before = gateway.RssBytes();
        var sockets = new List<ClientWebSocket>(count);
        var buffer = new byte[4096];
        for (var i = 0; i < count; i++)
        {
            var socket = await gateway.ConnectAsync($"idle-{i % 500}", "agent");
            await socket.ReceiveAsync(buffer, CancellationToken.None);
            await socket.ReceiveAsync(buffer, CancellationToken.None);
            sockets.Add(socket);
        }

        var after = gateway.RssBytes();
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }

        return
        [
            ("idle sockets held", count.ToString()),
            ("gateway RSS before / after", $"{before / 1048576} MiB / {after / 1048576} MiB"),
            ("RSS per idle socket", $"{(after - before) / 1024.0 / count:0.0} KiB"),
        ];
    }
}
