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
/// One input, end to end: parse, apply in one transaction, commit, then tell graph and enrichment.
/// A snapshot chunk publishes every row it contains (the graph rebuilds from snapshots); a delta only
/// what changed; a redelivery of an input that was committed and sent publishes nothing.
/// </summary>
public sealed class TrafficIngestor(
    NpgsqlDataSource database, EventPreparer preparer, IngestApplier applier, IPipelineSender sender,
    IOutboundPublisher outbound, IngestMetrics metrics, ILogger<TrafficIngestor> logger)
{
    public async Task IngestAsync(IngestCapturedTraffic input, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var timings = new StageTimings();
        var inputKey = $"{input.ConnectionId}:{input.Sequence}";
        var events = input.Events.Select(preparer.Prepare).ToList();
        timings.Lap("prepare");

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var state = await InputLedger.BeginAsync(connection, transaction, input.UserId, inputKey, cancellationToken);
        timings.Lap("ledger");
        if (state == InputState.Sent)
        {
            return;
        }

        if (input.Snapshot is { ChunkIndex: 0 } first)
        {
            await StatusAsync(input.UserId, SystemStatus.ProcessingSnapshot, first.SnapshotId, null, cancellationToken);
        }

        var applied = await applier.ApplyAsync(connection, transaction, input.UserId, events, input.ReceivedAt, archive: true, cancellationToken, timings);
        SnapshotIngested? completed = null;
        if (input.Snapshot is { } chunk)
        {
            var counts = IngestApplier.CountsOf(applied.All, events.Count);
            (_, completed) = await SnapshotProgressStore.RecordAsync(
                connection, transaction, input.UserId, chunk, counts, resend: state == InputState.CommittedNotSent, cancellationToken);
            timings.Lap("progress");
        }

        await transaction.CommitAsync(cancellationToken);
        timings.Lap("commit");
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.InputApplied(elapsed, input.Snapshot is not null);
        IngestLog.InputApplied(logger, inputKey, input.UserId, applied.Changed.Count, elapsed);

        // A committed-but-maybe-unsent input re-sends all its rows: a superset is harmless downstream, a gap is not.
        var rows = input.Snapshot is not null || state == InputState.CommittedNotSent ? applied.All : applied.Changed;
        if (!rows.IsEmpty)
        {
            var message = rows.ToMessage(input.UserId, input.Sequence, input.Snapshot?.SnapshotId);
            await sender.SendAsync(Pipelines.Graph, message, cancellationToken);
            await sender.SendAsync(Pipelines.Enrichment, message, cancellationToken);
            timings.Lap("publish");
        }

        if (completed is not null)
        {
            await sender.SendAsync(Pipelines.Graph, completed, cancellationToken);
            await sender.SendAsync(Pipelines.Enrichment, completed, cancellationToken);
            IngestLog.SnapshotComplete(logger, completed.SnapshotId, input.UserId, completed.ChunkCount);
        }

        await InputLedger.MarkSentAsync(database, input.UserId, inputKey, cancellationToken);
        timings.Lap("mark-sent");
        metrics.Stages(timings);
        IngestLog.InputStages(logger, inputKey, input.UserId, events.Count, applied.All.Count, timings);
    }

    private ValueTask StatusAsync(string userId, SystemStatus status, string snapshotId, string? detail, CancellationToken cancellationToken) =>
        outbound.PublishAsync(userId, OutboundAudience.Bridges, new SystemStatusMessage
        {
            Payload = new SystemStatusPayload { Status = status, SnapshotId = snapshotId, Detail = detail },
        }, cancellationToken);
}
