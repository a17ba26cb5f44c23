using Npgsql;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Storage;

/// <summary>Per-snapshot chunk bookkeeping; chunks may arrive in any order and more than once.</summary>
public static class SnapshotProgressStore
{
    private const string RecordSql = """
        INSERT INTO ingest.snapshot_progress AS s (user_id, snapshot_id, chunk_count, received, events, fans, chats, messages, transactions, status, started_at, updated_at)
        VALUES ($1, $2, $3, ARRAY[$4::int], $5, $6, $7, $8, $9, 'open', now(), now())
        ON CONFLICT (user_id, snapshot_id) DO UPDATE SET received = s.received || $4::int, events = s.events + $5, fans = s.fans + $6,
            chats = s.chats + $7, messages = s.messages + $8, transactions = s.transactions + $9, updated_at = now()
        WHERE NOT ($4::int = ANY (s.received))
        RETURNING cardinality(received) >= chunk_count
        """;

    private const string CompleteSql = """
        UPDATE ingest.snapshot_progress SET status = 'complete', updated_at = now()
        WHERE user_id = $1 AND snapshot_id = $2 AND (status <> 'complete' OR $3) AND cardinality(received) >= chunk_count
        RETURNING chunk_count, events, fans, chats, messages, transactions
        """;

    /// <summary>Records a chunk; returns whether it was new, and the finished snapshot when this chunk was its last.</summary>
    /// <param name="resend">The input was committed before but perhaps not sent: report completion again.</param>
    public static async Task<(bool NewChunk, SnapshotIngested? Completed)> RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, SnapshotChunkInfo chunk, ChunkCounts counts,
        bool resend, CancellationToken cancellationToken)
    {
        bool? allIn;
        await using (var record = new NpgsqlCommand(RecordSql, connection, transaction))
        {
            record.Parameters.AddRange(Params(userId, chunk.SnapshotId, chunk.ChunkCount, chunk.ChunkIndex, counts.Events, counts.Fans, counts.Chats, counts.Messages, counts.Transactions));
            allIn = (bool?)await record.ExecuteScalarAsync(cancellationToken);
        }

        await using var complete = new NpgsqlCommand(CompleteSql, connection, transaction);
        complete.Parameters.AddRange(Params(userId, chunk.SnapshotId, resend));
        await using var reader = await complete.ExecuteReaderAsync(cancellationToken);
        SnapshotIngested? completed = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            completed = new SnapshotIngested
            {
                UserId = userId,
                SnapshotId = chunk.SnapshotId,
                ChunkCount = reader.GetInt32(0),
                Events = reader.GetInt32(1),
                Fans = reader.GetInt32(2),
                Chats = reader.GetInt32(3),
                Messages = reader.GetInt32(4),
                Transactions = reader.GetInt32(5),
                IngestedAt = DateTimeOffset.UtcNow,
            };
        }

        return (allIn is not null, completed);
    }

    private static NpgsqlParameter[] Params(params object[] values) => [.. values.Select(v => new NpgsqlParameter { Value = v })];
}

/// <summary>What one chunk contributed, for <see cref="SnapshotIngested"/>.</summary>
public readonly record struct ChunkCounts(int Events, int Fans, int Chats, int Messages, int Transactions);
