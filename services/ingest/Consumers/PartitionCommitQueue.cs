using MassTransit;
using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Consumers;

/// <summary>
/// Group commit for one partition queue. The partition's receive tasks hand their inputs in and wait;
/// one drain loop applies everything waiting as ONE batch (one transaction), in delivery-tag order,
/// then releases the waiters, whose messages MassTransit then acks. Idle, a batch is one input and
/// nothing waits for a timer; under load a batch is everything that arrived during the previous one.
/// </summary>
/// <remarks>
/// Stopping: MassTransit lets consumers finish, then cancels their tokens. A canceled input leaves the
/// queue at once and its consumer ends canceled, which returns the message to the broker queue; a batch
/// being applied is aborted with the transaction (nothing half-applied).
/// </remarks>
internal sealed class PartitionCommitQueue(string queue, TrafficIngestor ingestor, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly List<Waiting> _waiting = [];
    private bool _draining;
    private ulong _lastTag;

    public async Task SubmitAsync(ConsumeContext<IngestCapturedTraffic> context)
    {
        var waiting = new Waiting(context, DeliveryTag(context));
        await using var canceled = context.CancellationToken.Register(() => waiting.Done.TrySetCanceled(context.CancellationToken));
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
                _waiting.RemoveAll(w => w.Done.Task.IsCompleted);
                if (_waiting.Count == 0)
                {
                    _draining = false;
                    return [];
                }

                _waiting.Sort((a, b) => a.Tag.CompareTo(b.Tag));
                // Receive tasks run concurrently: the next tag may still be on its way. A lower tag than the
                // last one is a redelivery on a new channel: take it.
                var first = _waiting[0].Tag;
                if (first <= _lastTag + 1 || first == 0 || DateTime.UtcNow >= deadline)
                {
                    var count = Math.Min(_waiting.Count, GroupCommitOptions.MaxInputs);
                    var batch = _waiting.GetRange(0, count);
                    _waiting.RemoveRange(0, count);
                    _lastTag = batch[^1].Tag;
                    return batch;
                }
            }

            await Task.Delay(1);
        }
    }

    private async Task ApplyAsync(List<Waiting> batch)
    {
        // The inputs of a batch are canceled together (their endpoint stops): any one's token will do.
        var cancellation = batch[0].Context.CancellationToken;
        try
        {
            await ApplyWithTransientRetriesAsync([.. batch.Select(w => w.Context.Message)], cancellation);
            batch.ForEach(w => w.Done.TrySetResult());
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            batch.ForEach(w => w.Done.TrySetCanceled(cancellation));
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
                    await ingestor.IngestAsync(waiting.Context.Message, waiting.Context.CancellationToken);
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

    private async Task ApplyWithTransientRetriesAsync(IReadOnlyList<IngestCapturedTraffic> inputs, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ingestor.IngestAsync(inputs, cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < GroupCommitOptions.TransientAttempts && IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                // Retried here, not per message: the partition waits, so its order holds through the fault.
                IngestLog.BatchRetrying(logger, queue, inputs.Count, attempt, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt * attempt), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is TimeoutException || e is NpgsqlException { IsTransient: true } || e.InnerException is { } inner && IsTransient(inner);

    private static ulong DeliveryTag(ConsumeContext context) =>
        context.ReceiveContext is RabbitMqBasicConsumeContext rabbit ? rabbit.DeliveryTag : 0;

    private sealed record Waiting(ConsumeContext<IngestCapturedTraffic> Context, ulong Tag)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
