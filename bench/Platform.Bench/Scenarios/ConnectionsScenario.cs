using System.Diagnostics;
using System.Globalization;
using Platform.Bench.Clients;
using Platform.Bench.Infrastructure;
using Platform.Bench.Measurement;
using Platform.Bench.Report;

namespace Platform.Bench.Scenarios;

/// <summary>Many idle sockets (Agents sending <c>keepalive</c> every 20 s) on one gateway: memory per connection and connect rate.</summary>
public static class ConnectionsScenario
{
    private const string Scenario = "5 connections";
    private const int Parallel = 64;
    private static readonly byte[] _keepalive = "{\"type\":\"keepalive\"}"u8.ToArray();

    public static async Task RunAsync(BenchContext context, PlatformStack stack)
    {
        var count = context.Options.IdleConnections;
        var gateway = new GatewayClient(stack.GatewaySocket, context.Environment.SigningKey);
        var pid = stack.Pid("gateway");
        var tokens = Enumerable.Range(0, count).Select(i => gateway.Token($"idle-u{i / 2}", "agent")).ToArray();
        await Task.Delay(2000);
        var before = ProcessMemory.RssKiB(pid);
        var sockets = new BenchSocket[count];
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, ct) =>
        {
            var socket = new BenchSocket((_, _) => { }, tokens[i]);
            try
            {
                await socket.ConnectAsync(gateway.SocketUri, ct);
            }
            catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException)
            {
                Interlocked.Increment(ref failures);
            }

            sockets[i] = socket;
        });
        var connectSeconds = watch.Elapsed.TotalSeconds;
        context.Log($"{Scenario}: {count - failures}/{count} connected in {connectSeconds:0.0} s");

        var hold = Stopwatch.StartNew();
        while (hold.Elapsed < context.Options.IdleHold)
        {
            foreach (var socket in sockets)
            {
                socket.Send(_keepalive);
            }

            await Task.Delay(TimeSpan.FromSeconds(Math.Min(20, context.Options.IdleHold.TotalSeconds / 2)));
        }

        var after = ProcessMemory.RssKiB(pid);
        var open = sockets.Count(s => s.IsOpen);
        var perConnection = (after - before) * 1024.0 / Math.Max(1, open);
        await System.Threading.Tasks.Parallel.ForEachAsync(sockets, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (s, _) => await s.DisposeAsync());

        context.Add(new ResultRow
        {
            Scenario = Scenario,
            System = "idle sockets on one gateway",
            Load = string.Create(CultureInfo.InvariantCulture, $"{count:#,0} sockets ({count / 2:#,0} users), keepalive"),
            Throughput = (count - failures) / connectSeconds,
            Other = string.Create(CultureInfo.InvariantCulture,
                $"{perConnection / 1024:0.0} KiB RSS per connection (gateway {before / 1024} -> {after / 1024} MiB); {open:#,0} open after {context.Options.IdleHold.TotalSeconds:0} s; {failures} failed; throughput column = connects/s"),
            Target = "<= 20 KB per connection",
            Status = perConnection <= 20 * 1024 && open == count ? RowStatus.Pass : RowStatus.Miss,
        });
    }
}
