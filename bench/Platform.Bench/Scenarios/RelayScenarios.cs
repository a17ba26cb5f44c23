using System.Globalization;
using Platform.Bench.Clients;
using Platform.Bench.Infrastructure;
using Platform.Bench.Measurement;
using Platform.Bench.Report;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Ceilings and peers of the socket side and the broker side: each climbs the same open-loop ladder and
/// reports the highest delivered rate whose p99 stayed within the relay budget.
/// </summary>
public static class RelayScenarios
{
    public static async Task RunCeilingsAsync(BenchContext context)
    {
        await context.GuardAsync("1 ceiling", "raw Kestrel WebSocket relay", () => WithServerAsync(context, "kestrel", port => ClimbAsync(context, "1 ceiling", "raw Kestrel WebSocket relay", "kestrel", new RawWebSocketRelayPeer(new Uri($"ws://127.0.0.1:{port}")))));
        await context.GuardAsync("1 ceiling", "RabbitMQ.Client, 3 confirmed hops", async () =>
        {
            await using var vhost = await RabbitVhost.CreateAsync(context.Environment, "bench-ceiling");
            await ClimbAsync(context, "1 ceiling", "RabbitMQ.Client, 3 persistent confirmed hops (quorum, 8 partitions)", "rabbitmq", new RabbitPipelinePeer(vhost.Uri));
        });
    }

    public static async Task RunPeersAsync(BenchContext context)
    {
        await context.GuardAsync("2 peer", "ASP.NET Core SignalR hub", () => WithServerAsync(context, "signalr", port => ClimbAsync(context, "2 peer", "ASP.NET Core SignalR hub (JSON)", "signalr", new SignalRRelayPeer(new Uri($"http://127.0.0.1:{port}")))));
        await context.GuardAsync("2 peer", "Node Socket.IO 4", async () =>
        {
            var port = ChildProcess.FreePort();
            var directory = Path.Combine(context.Environment.Root, "bench", "socketio");
            await using var server = ChildProcess.Start("socketio", directory, context.Environment.LogDirectory, new Dictionary<string, string>(), "node", "server.mjs", port.ToString(CultureInfo.InvariantCulture));
            await server.WaitListeningAsync(port, TimeSpan.FromSeconds(20));
            await ClimbAsync(context, "2 peer", "Node Socket.IO 4.8 (websocket)", "socketio", new SocketIoRelayPeer(new Uri($"ws://127.0.0.1:{port}")));
        });
    }

    /// <summary>The gateway's push path against the peers: broker -> gateway -> bridge sockets.</summary>
    public static async Task RunPushPathAsync(BenchContext context, PlatformStack stack)
    {
        await context.GuardAsync("2 push path", "gateway", async () =>
        {
            var gateway = new GatewayClient(stack.GatewaySocket, context.Environment.SigningKey);
            var row = await ClimbAsync(context, "2 push path", "gateway: platform.outbound -> bridge sockets", "gateway-push", new GatewayPushPeer(gateway, stack.Vhost.Uri));
            var beats = context.Reference.TryGetValue("signalr", out var signalR) && context.Reference.TryGetValue("socketio", out var socketIo)
                && row.Throughput >= signalR * 0.95 && row.Throughput > socketIo;
            context.Rows[^1] = row with
            {
                Ratio = context.RatioTo(row.Throughput, "signalr", "socketio", "kestrel"),
                Target = ">= SignalR, > Socket.IO",
                Status = beats ? RowStatus.Pass : RowStatus.Miss,
            };
        });
    }

    private static async Task WithServerAsync(BenchContext context, string kind, Func<int, Task> run)
    {
        var port = ChildProcess.FreePort();
        var bench = typeof(RelayScenarios).Assembly.Location;
        // Server GC like the gateway: the peers get the same runtime settings as the product.
        var env = new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" };
        await using var server = ChildProcess.Start($"relay-{kind}", context.Environment.Root, context.Environment.LogDirectory, env, "dotnet", bench, "serve", kind, port.ToString(CultureInfo.InvariantCulture));
        await server.WaitListeningAsync(port, TimeSpan.FromSeconds(20));
        await run(port);
    }

    private static async Task<ResultRow> ClimbAsync(BenchContext context, string scenario, string system, string key, IRelayPeer peer)
    {
        await using (peer)
        {
            var options = context.Options;
            context.Log($"{scenario}: {system}, {options.Users} users");
            var search = new RateSearch(peer, options.Users, context.Log);
            using var connect = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await search.ConnectAsync(connect.Token);
            await search.RunAsync(options.RelayRates[0] / 2, TimeSpan.FromSeconds(1), "warm-up");
            var (best, miss) = await search.ClimbAsync(options.RelayRates, options.RelayStep, options.RelayP99BudgetMs, key);
            var shown = best ?? miss!;
            context.Reference[key] = shown.Throughput;
            var reached = best is null
                ? $"no step met p99 <= {options.RelayP99BudgetMs:0} ms (first step shown)"
                : $"highest rate with p99 <= {options.RelayP99BudgetMs:0} ms{(miss is null ? " (top of the ladder)" : "")}";
            var row = ResultRow.FromStep(scenario, system, shown, $"{reached}, {options.Users} users");
            row = row with { Ratio = key is "kestrel" or "rabbitmq" ? "ceiling" : context.RatioTo(row.Throughput, "kestrel") };
            context.Add(row);
            return row;
        }
    }
}
