using System.Diagnostics;
using System.Globalization;
using System.Text;
using Platform.Bench.Clients;
using Platform.Bench.Infrastructure;
using Platform.Bench.Live;
using Platform.Bench.Report;

namespace Platform.Bench.Scenarios;

/// <summary>A whole account as <c>cache_update</c> chunks, timed from the first chunk to the dashboard's <c>full_sync_response</c>.</summary>
public static class SnapshotScenario
{
    private static readonly byte[] _keepalive = "{\"type\":\"keepalive\"}"u8.ToArray();

    private const string Scenario = "4 snapshot";

    public static async Task RunAsync(BenchContext context, PlatformStack stack)
    {
        await LivePathScenario.WaitIdleAsync(context, stack);
        var options = context.Options;
        var snapshotId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var chunks = SnapshotBuilder.Build(snapshotId, options.SnapshotChats, options.SnapshotMessagesPerChat);
        var bytes = chunks.Sum(c => (long)c.Length);
        context.Log($"{Scenario}: {options.SnapshotChats} chats, {options.SnapshotChats * options.SnapshotMessagesPerChat} messages, {chunks.Count} chunks, {bytes / 1024 / 1024} MiB");

        var gateway = new GatewayClient(stack.GatewaySocket, context.Environment.SigningKey);
        var marker = Encoding.UTF8.GetBytes($"\"snapshotId\":\"{snapshotId}\"");
        var response = new TaskCompletionSource<(long At, int Size, int Conversations)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var acked = 0;
        var errors = new List<string>();
        await using var bridge = await gateway.OpenAsync("snapshot-user", "bridge", (_, frame) =>
        {
            var span = frame.Span;
            if (span.StartsWith("{\"type\":\"full_sync_response\""u8) && span.IndexOf(marker) >= 0)
            {
                response.TrySetResult((Stopwatch.GetTimestamp(), frame.Length, CountConversations(span)));
            }
        }, CancellationToken.None);
        await using var agent = await gateway.OpenAsync("snapshot-user", "agent", (_, frame) =>
        {
            if (frame.Span.StartsWith("{\"type\":\"message_ack\""u8))
            {
                Interlocked.Increment(ref acked);
            }
            else if (frame.Span.StartsWith("{\"type\":\"system_error\""u8) && errors.Count < 3)
            {
                errors.Add(Encoding.UTF8.GetString(frame.Span[..Math.Min(300, frame.Length)]));
            }
        }, CancellationToken.None);
        await Task.Delay(1000);

        var started = Stopwatch.GetTimestamp();
        foreach (var chunk in chunks)
        {
            agent.Send(chunk);
        }

        var timeout = TimeSpan.FromSeconds(options.Quick ? 60 : 120);
        var row = new ResultRow { Scenario = Scenario, System = "cache_update -> full_sync_response", Load = string.Create(CultureInfo.InvariantCulture,
            $"{options.SnapshotChats:#,0} chats / {options.SnapshotChats * options.SnapshotMessagesPerChat:#,0} messages, {chunks.Count} chunks ({bytes / 1024.0 / 1024:0.0} MiB)"), Target = "<= 5 s" };
        if (!await WaitKeepingAliveAsync(response.Task, timeout, bridge, agent))
        {
            context.Add(row with { Other = $"no full_sync_response within {timeout.TotalSeconds:0} s ({acked}/{chunks.Count} chunks acked) {string.Join(" ", errors)}", Status = RowStatus.Miss });
            return;
        }

        var (at, size, conversations) = await response.Task;
        var seconds = (at - started) / (double)Stopwatch.Frequency;
        context.Add(row with
        {
            Throughput = options.SnapshotChats * options.SnapshotMessagesPerChat / seconds,
            Other = string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s; response {size / 1024.0 / 1024:0.00} MiB, {conversations:#,0} conversations"),
            Status = seconds <= 5 && conversations == options.SnapshotChats ? RowStatus.Pass : RowStatus.Miss,
        });
    }

    /// <summary>
    /// Waits as a real dashboard and Agent do: a <c>keepalive</c> every 20 s. Silent, both sockets reached the gateway's
    /// 60 s idle timeout when the pipeline took longer than that, and the dashboard was closed just before its full sync.
    /// </summary>
    private static async Task<bool> WaitKeepingAliveAsync(Task response, TimeSpan timeout, params BenchSocket[] sockets)
    {
        var deadline = Task.Delay(timeout);
        while (true)
        {
            var done = await Task.WhenAny(response, deadline, Task.Delay(TimeSpan.FromSeconds(20)));
            if (done == response || done == deadline)
            {
                return done == response;
            }

            foreach (var socket in sockets)
            {
                socket.Send(_keepalive);
            }
        }
    }

    private static int CountConversations(ReadOnlySpan<byte> frame)
    {
        var reader = new System.Text.Json.Utf8JsonReader(frame);
        using var document = System.Text.Json.JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("payload").GetProperty("conversations").GetArrayLength();
    }
}
