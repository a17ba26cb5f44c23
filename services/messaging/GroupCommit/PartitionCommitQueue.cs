using Microsoft.Extensions.Logging;

namespace Platform.Messaging.GroupCommit;

/// <summary>
/// Group commit for one partition queue. The partition's receive tasks hand their inputs in and wait;
/// one drain loop applies everything waiting as ONE batch (one transaction), in delivery-tag order,
/// then releases the waiters, whose messages MassTransit then acks. Idle, a batch is one input and
/// nothing waits for a timer; under load a batch is everything that arrived during the previous one.
/// Other work of the partition (a user's data deletion) runs alone between batches, in its queue place.
/// </summary>
/// <remarks>
/// Order: receive tasks run concurrently, so a message can reach this queue after a later one, and a message
/// being retried leaves it for the retry delay. The partition's receive observer (<see cref="PartitionDeliveryObserver"/>)
/// reports each delivery's start and end, so the queue knows every tag of the current channel: it commits a tag
/// only once every earlier tag was committed or ended acked without coming here (another message type, unreadable,
/// _error). A missing tag is waited for without a deadline: it is still being received, or retried. A tag that
/// was handed back to the broker holds the tags behind it: they could only be committed before its redelivery.
/// Inputs of a dead channel are never committed: they cannot be acked, and come again on the new channel.
/// </remarks>
/// <remarks>
/// Stopping: MassTransit lets consumers finish, then cancels their tokens. A canceled input leaves the
/// queue at once and its consumer ends canceled, which returns the message to the broker queue; a batch
/// being applied is aborted with the transaction (nothing half-applied), and its inputs not canceled yet
/// wait for the next batch.
/// </remarks>
internal sealed class PartitionCommitQueue<TInput>(string queue, Func<IReadOnlyList<TInput>, CancellationToken, Task> apply, ILogger logger) : IPartitionDeliveries
    where TInput : class
{
    private readonly Lock _gate = new();
    private readonly List<Waiting> _waiting = [];
    private readonly ChannelRegistry _channels = new();
    private readonly SemaphoreSlim _changed = new(0);
    private readonly StallWatch _stall = new(queue, logger);
    private bool _draining;

    public Task SubmitAsync(Delivery delivery, TInput input, CancellationToken token) =>
        EnqueueAsync(new Waiting(delivery, token, input, null));

    /// <summary>Work that must not run beside a batch (it touches the same user's rows): alone, in its queue place.</summary>
    public Task RunAloneAsync(Delivery delivery, Func<CancellationToken, Task> work, CancellationToken token) =>
        EnqueueAsync(new Waiting(delivery, token, null, work));

    public void ReceiveStarted(Delivery delivery)
    {
        lock (_gate)
        {
            _channels.Open(delivery.Channel!).Started(delivery.Tag);
        }
    }

    public void ReceiveEnded(Delivery delivery, bool acked)
    {
        lock (_gate)
        {
            _channels.Find(delivery.Channel!)?.Ended(delivery.Tag, acked, DateTime.UtcNow);
            _channels.Prune(channel => _waiting.Exists(w => w.Delivery.Channel == channel));
        }

        Signal();
    }

    private async Task EnqueueAsync(Waiting waiting)
    {
        var token = waiting.Token;
        await using var canceled = token.Register(() =>
        {
            waiting.Done.TrySetCanceled(token);
            Signal();
        });
        lock (_gate)
        {
            // The receive observer saw this delivery start before its consumer ran: an unknown channel means no observer.
            if (waiting.Delivery.IsTracked && _channels.Find(waiting.Delivery.Channel!) is null)
            {
                throw new InvalidOperationException($"{queue}: the partition endpoint has no {nameof(PartitionDeliveryObserver)}, so its order cannot be kept");
            }

            _waiting.Add(waiting);
            if (!_draining)
            {
                _draining = true;
                _ = Task.Run(DrainAsync);
            }
        }

        Signal();
        await waiting.Done.Task;
    }

    private void Signal()
    {
        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }

    private async Task DrainAsync()
    {
        while (await NextBatchAsync() is { Count: > 0 } batch)
        {
            await ApplyAsync(batch);
        }
    }

    private async Task<List<Waiting>> NextBatchAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                // A canceled input is ended by its token's callback (EnqueueAsync), which may not have run yet.
                _waiting.RemoveAll(w => w.Done.Task.IsCompleted || w.Token.IsCancellationRequested);
                if (_waiting.Count == 0)
                {
                    _draining = false;
                    _stall.Clear();
                    return [];
                }

                var batch = Take();
                if (batch.Count > 0)
                {
                    _stall.Clear();
                    return batch;
                }

                _stall.Blocked(_channels.Current);
            }

            // Woken by a hand-over, a cancellation or a receive that ended; the timeout only serves the stall report.
            await _changed.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The inputs at the front, in tag order, up to a tag not committable yet or a solo work item; or that solo item alone.</summary>
    private List<Waiting> Take()
    {
        // Not from RabbitMQ (the in-memory test harness): hand-over order.
        var front = _waiting.Where(w => !w.Delivery.IsTracked).ToList();
        var channel = _channels.Current;
        if (front.Count == 0 && channel is not null && ChannelRegistry.IsOpen(channel.Channel))
        {
            _stall.ReleaseReturnedHold(channel);
            front = [.. _waiting.Where(w => w.Delivery.Channel == channel.Channel).OrderBy(w => w.Delivery.Tag)];
        }

        if (front.Count == 0 || !Committable(channel, null, front[0]))
        {
            return [];
        }

        var batch = front[0].Solo is null
            ? [.. front.Take(GroupCommitOptions.MaxInputs).TakeWhile((w, i) => i == 0 || (w.Solo is null && Committable(channel, front[i - 1], w)))]
            : front.GetRange(0, 1);
        _waiting.RemoveAll(batch.Contains);
        return batch;
    }

    private static bool Committable(ChannelDeliveries? channel, Waiting? previous, Waiting waiting)
    {
        if (!waiting.Delivery.IsTracked)
        {
            return true;
        }

        var tag = waiting.Delivery.Tag;
        return (channel!.Returned is not { } returned || tag < returned) && channel.Follows(previous?.Delivery.Tag ?? channel.Next - 1, tag);
    }

    private async Task ApplyAsync(List<Waiting> batch)
    {
        if (batch is [{ Solo: { } work } solo])
        {
            await RunSoloAsync(solo, work);
            return;
        }

        // A stopping endpoint cancels its inputs one after another: the first one's cancellation aborts the batch.
        var cancellation = batch[0].Token;
        try
        {
            await ApplyWithTransientRetriesAsync([.. batch.Select(w => w.Input!)], cancellation);
            Release(batch);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Each input must end canceled by its own token (EnqueueAsync), the one MassTransit knows as its stop: the
            // message then goes back to the broker queue. Ended with another input's token it reads as a consumer
            // fault (ConsumerCanceledException): retried while the endpoint stops, and to _error once retries are spent.
            // Those not canceled yet wait for the next batch; the canceled ones are dropped from it.
            Requeue(batch);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One input may be poisoned: apply them one by one so the inputs before it are stored and only it fails (its
            // consumer then faults: retries, then the partition's _error queue with the reason). The inputs after it wait
            // until its retry is committed or its receive ends, so none of them overtakes it.
            GroupCommitLog.BatchIsolating(logger, batch.Count, e.Message);
            for (var i = 0; i < batch.Count; i++)
            {
                if (!await ApplyAloneAsync(batch[i]))
                {
                    Requeue(batch[(i + 1)..]);
                    return;
                }
            }
        }
        catch (Exception e)
        {
            batch.ForEach(w => w.Done.TrySetException(e));
        }
    }

    private async Task<bool> ApplyAloneAsync(Waiting waiting)
    {
        try
        {
            await apply([waiting.Input!], waiting.Token);
            Release([waiting]);
            return true;
        }
        catch (OperationCanceledException) when (waiting.Token.IsCancellationRequested)
        {
            waiting.Done.TrySetCanceled(waiting.Token);
            return false;
        }
        catch (Exception e)
        {
            waiting.Done.TrySetException(e);
            return false;
        }
    }

    private async Task RunSoloAsync(Waiting solo, Func<CancellationToken, Task> work)
    {
        try
        {
            await work(solo.Token);
            Release([solo]);
        }
        catch (Exception e)
        {
            // Its consumer fails as it would have on its own: retries, then the _error queue.
            solo.Done.TrySetException(e);
        }
    }

    /// <summary>Moves the channel's cursor past the committed inputs, then lets MassTransit ack them.</summary>
    private void Release(List<Waiting> committed)
    {
        lock (_gate)
        {
            foreach (var waiting in committed.Where(w => w.Delivery.IsTracked))
            {
                _channels.Find(waiting.Delivery.Channel!)?.Committed(waiting.Delivery.Tag);
            }
        }

        committed.ForEach(w => w.Done.TrySetResult());
    }

    private void Requeue(List<Waiting> inputs)
    {
        lock (_gate)
        {
            _waiting.AddRange(inputs);
        }
    }

    private async Task ApplyWithTransientRetriesAsync(IReadOnlyList<TInput> inputs, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await apply(inputs, cancellationToken);
                return;
            }
            catch (Exception e) when (TransientFaults.IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                // Retried here, as a whole and for as long as the fault lasts (a database restart takes tens of
                // seconds): the partition waits, so its order holds and nothing reaches the error queue.
                GroupCommitLog.BatchRetrying(logger, queue, inputs.Count, attempt, e.Message);
                await Task.Delay(GroupCommitOptions.TransientBackoff(attempt), cancellationToken);
            }
        }
    }

    private sealed record Waiting(Delivery Delivery, CancellationToken Token, TInput? Input, Func<CancellationToken, Task>? Solo)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
