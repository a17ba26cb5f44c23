using System.Text;
using Platform.Bench.Clients;
using Platform.Bench.Measurement;

namespace Platform.Bench.Live;

/// <summary>
/// The live path as the product runs it: per user one Agent socket sending fans' messages
/// (<c>new_raw_message</c>) and one dashboard socket receiving <c>append_message</c>. Graph may fold several
/// new messages of a chat into one <c>append_message</c> of the newest: that delivers every older pending one too.
/// </summary>
public sealed class LiveSession(GatewayClient gateway, string prefix, long messageIdBase, int fansPerUser, Action<string> log) : IRelayPeer
{
    private readonly List<BenchSocket> _agents = [];
    private readonly List<BenchSocket> _bridges = [];
    private Queue<long>[][] _pending = [];
    private Action<long> _delivered = _ => { };
    private int _users;
    private long _errors;

    /// <summary>The step acks are recorded against (set by the scenario).</summary>
    public Func<LoadStep?> CurrentStep { get; set; } = () => null;

    public long Errors => Interlocked.Read(ref _errors);

    public async Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken)
    {
        _users = users;
        _delivered = delivered;
        _pending = [.. Enumerable.Range(0, users).Select(_ => Enumerable.Range(0, fansPerUser).Select(_ => new Queue<long>()).ToArray())];
        var synced = new List<Task>();
        for (var user = 0; user < users; user++)
        {
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            synced.Add(ready.Task);
            var index = user;
            _bridges.Add(await gateway.OpenAsync(UserId(user), "bridge", (_, frame) => OnBridgeFrame(index, frame, ready), cancellationToken));
            var agent = await gateway.OpenAsync(UserId(user), "agent", (_, frame) => OnAgentFrame(frame), cancellationToken);
            agent.Send(CapturedEvents.NewRawMessage($"me{user}", CapturedEvents.UsersMe(CreatorId(user))));
            _agents.Add(agent);
        }

        // Every dashboard got its first full_sync_response: the user's graph exists and its queue is bound.
        await Task.WhenAll(synced).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
    }

    public void Send(int user, long seq)
    {
        var fan = (int)(seq / _users % _pending[user].Length);
        var pending = _pending[user][fan];
        lock (pending)
        {
            pending.Enqueue(seq);
        }

        _agents[user].Send(CapturedEvents.FanMessageFrame($"m{seq}", messageIdBase + seq, CapturedEvents.FirstFanId + fan));
    }

    public string UserId(int user) => $"{prefix}-u{user}";

    private static long CreatorId(int user) => CapturedEvents.FirstCreatorId + user;

    private void OnBridgeFrame(int user, ReadOnlyMemory<byte> frame, TaskCompletionSource ready)
    {
        var span = frame.Span;
        if (span.StartsWith("{\"type\":\"append_message\""u8))
        {
            if (AppendMessageReader.TryRead(frame, out var chatId, out var messageId))
            {
                DeliverUpTo(user, chatId - CapturedEvents.FirstFanId, messageId - messageIdBase);
            }
        }
        else if (span.StartsWith("{\"type\":\"full_sync_response\""u8))
        {
            ready.TrySetResult();
        }
        else if (span.StartsWith("{\"type\":\"system_error\""u8))
        {
            OnError(span);
        }
    }

    private void OnAgentFrame(ReadOnlyMemory<byte> frame)
    {
        var span = frame.Span;
        if (span.StartsWith("{\"type\":\"message_ack\""u8))
        {
            var seq = FrameReader.LongAfter(span, "\"id\":\"m"u8);
            if (seq >= 0 && CurrentStep() is { } step && step.Contains(seq))
            {
                step.Acks.RecordSince(step.ScheduledAt(seq));
            }
        }
        else if (span.StartsWith("{\"type\":\"system_error\""u8))
        {
            OnError(span);
        }
    }

    private void DeliverUpTo(int user, long fan, long seq)
    {
        if (fan < 0 || fan >= _pending[user].Length)
        {
            return;
        }

        var pending = _pending[user][fan];
        lock (pending)
        {
            while (pending.TryPeek(out var next) && next <= seq)
            {
                _delivered(pending.Dequeue());
            }
        }
    }

    private void OnError(ReadOnlySpan<byte> frame)
    {
        if (Interlocked.Increment(ref _errors) <= 5)
        {
            log("  system_error: " + Encoding.UTF8.GetString(frame[..Math.Min(frame.Length, 300)]));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _agents.Concat(_bridges))
        {
            await socket.DisposeAsync();
        }
    }
}
