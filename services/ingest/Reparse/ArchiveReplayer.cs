using Npgsql;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Sites;

namespace Platform.Ingest.Reparse;

/// <summary>
/// Rebuilds one user's normalised tables from the raw archive with the current parser, in one
/// transaction: delete the user's rows, then re-apply the archive in capture order (arrival order on ties).
/// </summary>
public sealed class ArchiveReplayer(NpgsqlDataSource database, EventPreparer preparer, IngestApplier applier)
{
    private const int BatchSize = 500;

    private static readonly string[] _userTables =
        ["creators", "fans", "chats", "messages", "transactions", "subscriptions", "pending_echoes"];

    /// <returns>Events replayed, and how many of them are not data.</returns>
    public async Task<(int Events, int Unparsed)> ReplayAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in _userTables)
        {
            await using var delete = new NpgsqlCommand($"DELETE FROM ingest.{table} WHERE user_id = $1", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = userId });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        int events = 0, unparsed = 0;
        (DateTimeOffset At, long Seq)? after = null;
        while (true)
        {
            var page = await ReadPageAsync(connection, transaction, userId, after, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = (page[^1].CapturedAt, page[^1].Seq);
            var prepared = page.Select(r => preparer.FromArchive(r.Payload)).OfType<ArchivedEvent>().ToList();
            events += prepared.Count;
            unparsed += prepared.Count(e => e.Parsed.Status is not (ParseStatus.Parsed or ParseStatus.Ignored));
            await applier.ApplyAsync(connection, transaction, userId, prepared, DateTimeOffset.UtcNow, archive: false, cancellationToken);
            await UpdateStatusesAsync(connection, transaction, page, prepared, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (events, unparsed);
    }

    private static async Task<List<(long Seq, DateTimeOffset CapturedAt, string Payload)>> ReadPageAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, (DateTimeOffset At, long Seq)? after, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT seq, captured_at, payload FROM ingest.raw_events
            WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (captured_at, seq) > ($2, $3))
            ORDER BY captured_at, seq LIMIT $4
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = after is { } a ? a.At.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = after?.Seq ?? 0L });
        command.Parameters.Add(new NpgsqlParameter { Value = BatchSize });
        var rows = new List<(long, DateTimeOffset, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));
        }

        return rows;
    }

    private static async Task UpdateStatusesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<(long Seq, DateTimeOffset CapturedAt, string Payload)> page,
        List<ArchivedEvent> prepared, CancellationToken cancellationToken)
    {
        if (prepared.Count != page.Count)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            UPDATE ingest.raw_events r SET parse_status = u.status, endpoint = u.endpoint, problem = u.problem
            FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(seq, status, endpoint, problem) WHERE r.seq = u.seq
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = page.Select(p => p.Seq).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = prepared.Select(p => p.Parsed.Status.ToString()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = prepared.Select(p => p.Parsed.Endpoint).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = prepared.Select(p => p.Parsed.Problem is { } s ? s[..Math.Min(s.Length, 500)] : null).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
