using System.Text.Json;
using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Storage;

/// <summary>What attributing messages needs from the database: the creator id, pending echoes, stored chats of message ids.</summary>
public static class AttributionStore
{
    public static async Task<(string? CreatorId, List<PendingEcho> Pending)> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT creator_id FROM ingest.creators WHERE user_id = $1") { Parameters = { new() { Value = userId } } },
                new NpgsqlBatchCommand("SELECT message::text, recipient, captured_at FROM ingest.pending_echoes WHERE user_id = $1")
                {
                    Parameters = { new() { Value = userId } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        string? creatorId = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : null;
        await reader.NextResultAsync(cancellationToken);
        var pending = new List<PendingEcho>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = JsonSerializer.Deserialize(reader.GetString(0), IngestJsonContext.Default.NormalizedMessage)!;
            pending.Add(new PendingEcho(message, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return (creatorId, pending);
    }

    public static async Task<Dictionary<string, Attribution>> LookUpAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, Attribution>(StringComparer.Ordinal);
        if (messageIds.Count == 0)
        {
            return known;
        }

        await using var command = new NpgsqlCommand(
            "SELECT message_id, chat_id, direction FROM ingest.messages WHERE user_id = $1 AND message_id = ANY($2)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = messageIds.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[reader.GetString(0)] = new Attribution(reader.GetString(1), reader.GetString(2) == "out" ? MessageDirection.Out : MessageDirection.In);
        }

        return known;
    }

    public static async Task SavePendingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, AttributionResult result, CancellationToken cancellationToken)
    {
        if (result.SettledPendingIds.Count > 0)
        {
            await using var delete = new NpgsqlCommand("DELETE FROM ingest.pending_echoes WHERE user_id = $1 AND message_id = ANY($2)", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = userId });
            delete.Parameters.Add(new NpgsqlParameter { Value = result.SettledPendingIds.ToArray() });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var echo in result.NewPending)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO ingest.pending_echoes AS t (user_id, message_id, from_user_id, recipient, message, captured_at)
                VALUES ($1, $2, $3, $4, $5::jsonb, $6)
                ON CONFLICT (user_id, message_id) DO UPDATE SET message = excluded.message, captured_at = excluded.captured_at
                WHERE excluded.captured_at >= t.captured_at
                """, connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = userId });
            insert.Parameters.Add(new NpgsqlParameter { Value = echo.MessageId });
            insert.Parameters.Add(new NpgsqlParameter { Value = echo.Message.FromUserId });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)echo.RecipientId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(echo.Message, IngestJsonContext.Default.NormalizedMessage) });
            insert.Parameters.Add(new NpgsqlParameter { Value = echo.CapturedAt.ToUniversalTime() });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
