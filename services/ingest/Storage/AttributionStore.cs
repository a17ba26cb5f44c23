using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.Contracts.Model;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Storage;

/// <summary>What attributing messages needs from the database: the creator id, pending echoes, stored chats of message ids.</summary>
public static class AttributionStore
{
    // The socket messages' ids and every pending echo's id: a superset of what MessageAttributor.IdsToLookUp
    // asks for (it also needs the creator id, read in the same round trip), and the extra rows change nothing.
    private const string LookUpSql = """
        SELECT message_id, chat_id, direction FROM ingest.messages
        WHERE user_id = $1 AND (message_id = ANY($2) OR message_id IN (SELECT message_id FROM ingest.pending_echoes WHERE user_id = $1))
        """;

    private const string InsertPendingSql = """
        INSERT INTO ingest.pending_echoes AS t (user_id, message_id, from_user_id, recipient, message, captured_at)
        VALUES ($1, $2, $3, $4, $5::jsonb, $6)
        ON CONFLICT (user_id, message_id) DO UPDATE SET message = excluded.message, captured_at = excluded.captured_at
        WHERE excluded.captured_at >= t.captured_at
        RETURNING message_id
        """;

    /// <summary>Reads into <paramref name="state"/> when the pipeline runs.</summary>
    public static void Load(StatementPipeline pipeline, string userId, IEnumerable<string> socketMessageIds, AttributionState state)
    {
        pipeline
            .Add("SELECT creator_id FROM ingest.creators WHERE user_id = $1", [userId], r => state.CreatorId = r.GetString(0))
            .Add("SELECT message::text, recipient, captured_at FROM ingest.pending_echoes WHERE user_id = $1", [userId], r => state.Pending.Add(new PendingEcho(
                JsonSerializer.Deserialize(r.GetString(0), IngestJsonContext.Default.NormalizedMessage)!,
                r.IsDBNull(1) ? null : r.GetString(1),
                r.GetFieldValue<DateTimeOffset>(2))))
            .Add(LookUpSql, [userId, socketMessageIds.ToArray()], r =>
                state.Stored[r.GetString(0)] = new Attribution(r.GetString(1), r.GetString(2) == "out" ? MessageDirection.Out : MessageDirection.In));
    }

    public static void SavePending(StatementPipeline pipeline, string userId, AttributionResult result)
    {
        if (result.SettledPendingIds.Count > 0)
        {
            pipeline.Add("DELETE FROM ingest.pending_echoes WHERE user_id = $1 AND message_id = ANY($2) RETURNING message_id", [userId, result.SettledPendingIds.ToArray()]);
        }

        foreach (var echo in result.NewPending)
        {
            pipeline.Add(InsertPendingSql,
            [
                userId,
                echo.MessageId,
                echo.Message.FromUserId,
                new NpgsqlParameter { Value = (object?)echo.RecipientId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
                JsonSerializer.Serialize(echo.Message, IngestJsonContext.Default.NormalizedMessage),
                echo.CapturedAt.ToUniversalTime(),
            ]);
        }
    }
}

/// <summary>A user's attribution inputs, filled by <see cref="AttributionStore.Load"/>.</summary>
public sealed class AttributionState
{
    public string? CreatorId { get; set; }
    public List<PendingEcho> Pending { get; } = [];
    public Dictionary<string, Attribution> Stored { get; } = new(StringComparer.Ordinal);
}
