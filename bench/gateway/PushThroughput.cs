using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using RabbitMQ.Client;

namespace Platform.Gateway.Bench;

/// <summary>Broker to sockets only: frames published to platform.outbound until every socket has received its share.</summary>
internal static class PushThroughput
{
    public static async Task<IEnumerable<(string, string)>> MeasureAsync(GatewayProcess gateway, int frames, int users)
    {
        var sockets = new List<ClientWebSocket>();
        for (var u = 0; u < users; u++)
        {
            var socket = await gateway.ConnectAsync($"push-{u}", "bridge");
            sockets.Add(socket);
        }

        var perUser = frames / users;
        using var stop = new CancellationTokenSource();
        var readers = sockets.Select(s => Task.Run(() => ReadAsync(s, stop.Token))).ToList();
        while (Volatile.Read(ref _received) < 2 * users)
        {
            await Task.Delay(10);
        }

        Interlocked.Exchange(ref _received, 0);
        var factory = new ConnectionFactory { Uri = new Uri(GatewayProcess.RabbitUrl) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var body = Encoding.UTF8.GetBytes("""{"type":"system_status","payload":{"status":"REALTIME","detail":"bench frame of a typical small size"}}""");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < perUser * users; i++)
        {
            var user = $"push-{i % users}";
            var properties = new BasicProperties
            {
                Headers = new Dictionary<string, object?> { ["x-user"] = Encoding.UTF8.GetBytes(user), ["x-audience"] = "Bridges"u8.ToArray() },
            };
            await channel.BasicPublishAsync("platform.outbound", user, mandatory: false, properties, body);
        }

        var published = watch.Elapsed;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Volatile.Read(ref _received) < perUser * users && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        watch.Stop();
        stop.Cancel();
        foreach (var socket in sockets)
        {
            socket.Abort();
        }

        return
        [
            ("push: frames / sockets", $"{perUser * users} / {users}"),
            ("push: frames received", $"{Volatile.Read(ref _received)}"),
            ("push: publish time / all received", $"{published.TotalMilliseconds:0} ms / {watch.Elapsed.TotalMilliseconds:0} ms"),
            ("push: broker -> sockets throughput", $"{Volatile.Read(ref _received) / watch.Elapsed.TotalSeconds:0} frames/s"),
        ];
    }

    private static long _received;

    private static async Task ReadAsync(ClientWebSocket socket, CancellationToken stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (result.EndOfMessage)
                {
                    Interlocked.Increment(ref _received);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The measurement is over.
        }
    }
}
