using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Pipeline;
using Platform.Messaging;

namespace Platform.Ingest.Consumers;

/// <summary>
/// Group commit for one partition queue. The partition's receive tasks hand their inputs in and wait;
/// one drain loop applies everything waiting as ONE batch (one transaction), in delivery-tag order,
/// then releases the waiters, whose messages MassTransit then acks. Idle, a batch is one input and
/// nothing waits for a timer; under load a batch is everything that arrived during the previous one.
/// Other work of the partition (a user's data deletion) runs alone between batches, in its queue place.
/// </summary>
/// <remarks>
/// Order: receive tasks run concurrently, so a message can reach this queue after a later one. Delivery
/// tags are consecutive on a channel, so a gap before the first waiting tag means a message is still on
/// its way: the next batch waits for it (up to <see cref="GroupCommitOptions.ReorderWait"/>, for a
/// message that never comes here: unreadable, or of a type with no consumer).
/// </remarks>
/// <remarks>
/// Stopping: MassTransit lets consumers finish, then cancels their tokens. A canceled input leaves the
/// queue at once and its consumer ends canceled, which returns the message to the broker queue; a batch
/// being applied is aborted with the transaction (nothing half-applied), and its inputs not canceled yet
/// wait for the next batch.
/// </remarks>
internal sealed class PartitionCommitQueue(string queue, TrafficIngestor ingestor, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly List<Waiting> _waiting = [];
    private bool _draining;
    private ulong _lastTag;

    public Task SubmitAsync(ConsumeContext<IngestCapturedTraffic> context) => EnqueueAsync(new Waiting(context, DeliveryTag(context), context.Message, null));

    /// <summary>Work that must not run beside a batch (it touches the same user's rows): alone, in its queue place.</summary>
    public Task RunAloneAsync(ConsumeContext context, Func<CancellationToken, Task> work) => EnqueueAsync(new Waiting(context, DeliveryTag(context), null, work));

    private async Task EnqueueAsync(Waiting waiting)
    {
        var token = waiting.Context.CancellationToken;
        await using var canceled = token.Register(() => waiting.Done.TrySetCanceled(token));
        lock (_gate)
        {
            _waiting.Add(waiting);
            if (!_draining)
            {
                _draining = true;
                _ = Task.Run(DrainAsync);
            }
        }

        await waiting.Done.Task;
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
        var deadline = DateTime.UtcNow + GroupCommitOptions.ReorderWait;
        while (true)
        {
            lock (_gate)
            {
                // A canceled input is ended by its token's callback (EnqueueAsync), which may not have run yet.
                _waiting.RemoveAll(w => w.Done.Task.IsCompleted || w.Context.CancellationToken.IsCancellationRequested);
                if (_waiting.Count == 0)
                {
                    _draining = false;
                    return [];
                }

                _waiting.Sort((a, b) => a.Tag.CompareTo(b.Tag));
                // A lower tag than the last one taken is a redelivery on a new channel: no gap to wait for.
                var first = _waiting[0].Tag;
                var contiguous = first <= _lastTag + 1 || first == 0;
                if (contiguous || DateTime.UtcNow >= deadline)
                {
                    if (!contiguous)
                    {
                        IngestLog.ReorderGapSkipped(logger, queue, _lastTag + 1, first - 1);
                    }

                    var batch = Take();
                    _lastTag = batch[^1].Tag;
                    return batch;
                }
            }

            await Task.Delay(1);
        }
    }

    /// <summary>The inputs at the front, in tag order, up to a gap or a solo work item; or that solo item alone.</summary>
    private List<Waiting> Take()
    {
        if (_waiting[0].Solo is not null)
        {
            var solo = _waiting[0];
            _waiting.RemoveAt(0);
            return [solo];
        }

        var count = 1;
        while (count < _waiting.Count && count < GroupCommitOptions.MaxInputs && _waiting[count].Solo is null
            && (_waiting[count].Tag == _waiting[count - 1].Tag + 1 || _waiting[count].Tag == 0))
        {
            count++;
        }

        var batch = _waiting.GetRange(0, count);
        _waiting.RemoveRange(0, count);
        return batch;
    }

    private async Task ApplyAsync(List<Waiting> batch)
    {
        if (batch is [{ Solo: { } work } solo])
        {
            await RunSoloAsync(solo, work);
            return;
        }

        // A stopping endpoint cancels its inputs one after another: the first one's cancellation aborts the batch.
        var cancellation = batch[0].Context.CancellationToken;
        try
        {
            await ApplyWithTransientRetriesAsync([.. batch.Select(w => w.Input!)], cancellation);
            batch.ForEach(w => w.Done.TrySetResult());
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Each input must end canceled by its own token (EnqueueAsync), the one MassTransit knows as its stop: the
            // message then goes back to the broker queue. Ended with another input's token it reads as a consumer
            // fault (ConsumerCanceledException): retried while the endpoint stops, and to _error once retries are spent.
            // Those not canceled yet wait for the next batch; the canceled ones are dropped from it.
            lock (_gate)
            {
                _waiting.AddRange(batch);
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One input may be poisoned: apply them one by one so the others are stored and only it fails
            // (its consumer then faults: retries, then the partition's _error queue with the reason).
            IngestLog.BatchIsolating(logger, batch.Count, e.Message);
            foreach (var waiting in batch)
            {
                try
                {
                    await ingestor.IngestAsync(waiting.Input!, waiting.Context.CancellationToken);
                    waiting.Done.TrySetResult();
                }
                catch (OperationCanceledException) when (waiting.Context.CancellationToken.IsCancellationRequested)
                {
                    waiting.Done.TrySetCanceled(waiting.Context.CancellationToken);
                }
                catch (Exception inner)
                {
                    waiting.Done.TrySetException(inner);
                }
            }
        }
        catch (Exception e)
        {
            batch.ForEach(w => w.Done.TrySetException(e));
        }
    }

    private static async Task RunSoloAsync(Waiting solo, Func<CancellationToken, Task> work)
    {
        try
        {
            await work(solo.Context.CancellationToken);
            solo.Done.TrySetResult();
        }
        catch (Exception e)
        {
            // Its consumer fails as it would have on its own: retries, then the _error queue.
            solo.Done.TrySetException(e);
        }
    }

    private async Task ApplyWithTransientRetriesAsync(IReadOnlyList<IngestCapturedTraffic> inputs, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ingestor.IngestAsync(inputs, cancellationToken);
                return;
            }
            catch (Exception e) when (TransientFaults.IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                // Retried here, as a whole and for as long as the fault lasts (a database restart takes tens of
                // seconds): the partition waits, so its order holds and nothing reaches the error queue.
                IngestLog.BatchRetrying(logger, queue, inputs.Count, attempt, e.Message);
                await Task.Delay(GroupCommitOptions.TransientBackoff(attempt), cancellationToken);
            }
        }
    }

    // A payload lookup: the receive context the consumer sees is wrapped (in-memory outbox, retries).
    private static ulong DeliveryTag(ConsumeContext context) =>
        context.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit) ? rabbit.DeliveryTag : 0;

    private sealed record Waiting(ConsumeContext Context, ulong Tag, IngestCapturedTraffic? Input, Func<CancellationToken, Task>? Solo)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
