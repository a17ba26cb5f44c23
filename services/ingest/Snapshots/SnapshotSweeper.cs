using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss.Outgoing;
using Platform.Contracts.Wss;
using Platform.Ingest.Diagnostics;
using Platform.Messaging;
using Platform.Messaging.Outbound;

namespace Platform.Ingest.Snapshots;

/// <summary>
/// Reports snapshots whose chunks stopped arriving. The UPDATE ... RETURNING claims each one atomically,
/// so with several replicas exactly one reports it. Also forgets old input keys.
/// </summary>
public sealed class SnapshotSweeper(
    NpgsqlDataSource database, IPipelineSender sender, IOutboundPublisher outbound, IOptions<IngestOptions> options,
    ILogger<SnapshotSweeper> logger) : BackgroundService
{
    private const string FailSql = """
        UPDATE ingest.snapshot_progress SET status = 'failed', updated_at = now()
        WHERE status = 'open' AND updated_at < now() - $1
        RETURNING user_id, snapshot_id, cardinality(received), chunk_count
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The database may be starting or migrating; the next tick tries again.
                logger.LogWarning(e, "Snapshot sweep failed");
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var failed = new List<SnapshotFailed>();
        await using (var command = database.CreateCommand(FailSql))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = options.Value.SnapshotTimeout });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                failed.Add(new SnapshotFailed
                {
                    UserId = reader.GetString(0),
                    SnapshotId = reader.GetString(1),
                    ChunksReceived = reader.GetInt32(2),
                    ChunkCount = reader.GetInt32(3),
                    Reason = $"no chunk for {options.Value.SnapshotTimeout.TotalSeconds:0} s",
                });
            }
        }

        foreach (var snapshot in failed)
        {
            IngestLog.SnapshotFailed(logger, snapshot.SnapshotId, snapshot.UserId, snapshot.ChunksReceived, snapshot.ChunkCount);
            await sender.SendAsync(Pipelines.Graph, snapshot, cancellationToken);
            await outbound.PublishAsync(snapshot.UserId, OutboundAudience.Bridges, new SystemStatusMessage
            {
                Payload = new SystemStatusPayload
                {
                    Status = SystemStatus.SnapshotFailed,
                    SnapshotId = snapshot.SnapshotId,
                    Detail = $"{snapshot.ChunksReceived} of {snapshot.ChunkCount} chunks arrived; {snapshot.Reason}",
                },
            }, cancellationToken);
        }

        await using var forget = database.CreateCommand("DELETE FROM ingest.ingested_inputs WHERE published AND created_at < now() - $1");
        forget.Parameters.Add(new NpgsqlParameter { Value = options.Value.InputRetention });
        await forget.ExecuteNonQueryAsync(cancellationToken);
    }
}
