using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Storage;
using Platform.Messaging;
using Platform.Messaging.Outbound;

namespace Platform.Ingest.Pipeline;

/// <summary>
/// A batch of inputs (what a partition's prefetch held), end to end: parse, apply in ONE transaction,
/// commit, then tell graph and enrichment. Under load a batch holds many inputs of many users: one commit
/// and one downstream message per user's run of deltas instead of one per input.
/// A snapshot chunk publishes every row it contains (the graph rebuilds from snapshots); a delta only
/// what changed; a redelivery of an input that was committed and sent publishes nothing.
/// </summary>
public sealed class TrafficIngestor(
    NpgsqlDataSource database, EventPreparer preparer, IngestApplier applier, IPipelineSender sender,
    IOutboundPublisher outbound, IngestMetrics metrics, ILogger<TrafficIngestor> logger)
{
    // Sent inputs not yet marked in the ledger, by user: the user's next batch marks them in its first round
    // trip, before it reads the ledger, so a redelivery of one of them is seen as sent. (Taking another
    // partition's keys would race that partition's own read: its redelivery would be re-sent.)
    private readonly Dictionary<string, List<InputKey>> _sentUnrecorded = new(StringComparer.Ordinal);
    private const int MaxUsersUnrecorded = 10_000;

    public Task IngestAsync(IngestCapturedTraffic input, CancellationToken cancellationToken) => IngestAsync([input], cancellationToken);

    /// <param name="inputs">In queue order; the order of each user's inputs is kept.</param>
    public async Task IngestAsync(IReadOnlyList<IngestCapturedTraffic> inputs, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var timings = new StageTimings();
        var prepared = inputs
            .Select(i => new PreparedInput(i, new InputKey(i.UserId, $"{i.ConnectionId}:{i.Sequence}"), [.. i.Events.Select(preparer.Prepare)]))
            .DistinctBy(p => p.Key)
            .ToList();
        timings.Lap("prepare");

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sent = TakeSentUnrecorded(prepared.Select(p => p.Key.UserId));
        var states = await InputLedger.BeginAsync(connection, transaction, [.. prepared.Select(p => p.Key)], sent, cancellationToken);
        foreach (var input in prepared)
        {
            input.State = states[input.Key];
        }

        timings.Lap("ledger");
        var units = IngestUnit.Plan(prepared.Where(p => p.State != InputState.Sent));
        if (units.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken); // keeps the marks of earlier sends
            return;
        }

        foreach (var first in units.Select(u => u.Snapshot).OfType<SnapshotChunkInfo>().Where(c => c.ChunkIndex == 0))
        {
            var userId = units.First(u => u.Snapshot == first).UserId;
            await StatusAsync(userId, SystemStatus.ProcessingSnapshot, first.SnapshotId, null, cancellationToken);
        }

        var outcomes = new List<UnitOutcome>(units.Count);
        foreach (var wave in Waves(units))
        {
            outcomes.AddRange(await ApplyAsync(connection, transaction, wave, timings, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        timings.Lap("commit");
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.BatchApplied(elapsed, prepared.Count);
        foreach (var outcome in outcomes)
        {
            metrics.InputApplied(elapsed, outcome.Unit.Snapshot is not null);
            IngestLog.InputApplied(logger, KeysOf(outcome.Unit), outcome.Unit.UserId, outcome.Applied.Changed.Count, elapsed);
        }

        // Users in parallel (the broker confirms overlap), each user's messages in order.
        await Task.WhenAll(outcomes.GroupBy(o => o.Unit.UserId).Select(user => SendInOrderAsync(user, cancellationToken)));
        timings.Lap("publish");

        RememberSent(units.SelectMany(u => u.Inputs).Select(i => i.Key));
        metrics.Stages(timings);
        IngestLog.BatchStages(logger, prepared.Count, units.Count, prepared.Sum(p => p.Events.Count), outcomes.Sum(o => o.Applied.All.Count), timings);
    }

    /// <summary>
    /// The units in rounds of at most one per user (a user's second unit reads what the first wrote), each
    /// user's units in order; a round is applied in two round trips whatever the number of users in it.
    /// </summary>
    private static IEnumerable<List<IngestUnit>> Waves(IReadOnlyList<IngestUnit> units)
    {
        var waves = new List<List<IngestUnit>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var wave = seen[unit.UserId] = seen.GetValueOrDefault(unit.UserId, -1) + 1;
            if (wave == waves.Count)
            {
                waves.Add([]);
            }

            waves[wave].Add(unit);
        }

        return waves;
    }

    private async Task<List<UnitOutcome>> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IngestUnit> wave, StageTimings timings, CancellationToken cancellationToken)
    {
        var applied = await applier.ApplyAsync(
            connection, transaction, [.. wave.Select(u => new ApplyRequest(u.UserId, u.Events, u.ReceivedAt))], archive: true, cancellationToken, timings);
        var outcomes = new List<UnitOutcome>(wave.Count);
        for (var i = 0; i < wave.Count; i++)
        {
            var unit = wave[i];
            SnapshotIngested? completed = null;
            if (unit.Snapshot is { } chunk)
            {
                var counts = IngestApplier.CountsOf(applied[i].All, unit.Events.Count);
                (_, completed) = await SnapshotProgressStore.RecordAsync(connection, transaction, unit.UserId, chunk, counts, unit.Resend, cancellationToken);
                timings.Lap("progress");
            }

            outcomes.Add(new UnitOutcome(unit, applied[i], completed));
        }

        return outcomes;
    }

    private async Task SendInOrderAsync(IEnumerable<UnitOutcome> outcomes, CancellationToken cancellationToken)
    {
        foreach (var (unit, applied, completed) in outcomes)
        {
            var rows = unit.Snapshot is not null || unit.Resend ? applied.All : applied.Changed;
            if (!rows.IsEmpty)
            {
                var message = rows.ToMessage(unit.UserId, unit.Sequence, unit.Snapshot?.SnapshotId);
                await Task.WhenAll(sender.SendAsync(Pipelines.Graph, message, cancellationToken), sender.SendAsync(Pipelines.Enrichment, message, cancellationToken));
            }

            if (completed is not null)
            {
                await Task.WhenAll(sender.SendAsync(Pipelines.Graph, completed, cancellationToken), sender.SendAsync(Pipelines.Enrichment, completed, cancellationToken));
                IngestLog.SnapshotComplete(logger, completed.SnapshotId, unit.UserId, completed.ChunkCount);
            }
        }
    }

    private List<InputKey> TakeSentUnrecorded(IEnumerable<string> users)
    {
        lock (_sentUnrecorded)
        {
            // Users who never come back would keep their keys forever: past a bound, any batch marks them all.
            var take = _sentUnrecorded.Count > MaxUsersUnrecorded ? [.. _sentUnrecorded.Keys] : users.Distinct(StringComparer.Ordinal);
            var keys = new List<InputKey>();
            foreach (var user in take)
            {
                if (_sentUnrecorded.Remove(user, out var userKeys))
                {
                    keys.AddRange(userKeys);
                }
            }

            return keys;
        }
    }

    private void RememberSent(IEnumerable<InputKey> keys)
    {
        lock (_sentUnrecorded)
        {
            foreach (var key in keys)
            {
                if (!_sentUnrecorded.TryGetValue(key.UserId, out var userKeys))
                {
                    _sentUnrecorded[key.UserId] = userKeys = [];
                }

                userKeys.Add(key);
            }
        }
    }

    private static string KeysOf(IngestUnit unit) =>
        unit.Inputs.Count == 1 ? unit.Inputs[0].Key.Key : $"{unit.Inputs[0].Key.Key}..{unit.Inputs[^1].Key.Key} ({unit.Inputs.Count})";

    private ValueTask StatusAsync(string userId, SystemStatus status, string snapshotId, string? detail, CancellationToken cancellationToken) =>
        outbound.PublishAsync(userId, OutboundAudience.Bridges, new SystemStatusMessage
        {
            Payload = new SystemStatusPayload { Status = status, SnapshotId = snapshotId, Detail = detail },
        }, cancellationToken);

    private sealed record UnitOutcome(IngestUnit Unit, AppliedInput Applied, SnapshotIngested? Completed);
}
