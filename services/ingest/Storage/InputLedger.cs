using Npgsql;
using NpgsqlTypes;

namespace Platform.Ingest.Storage;

/// <summary>What happened to an input before: never seen, committed but perhaps not sent, or committed and sent.</summary>
public enum InputState
{
    New,
    CommittedNotSent,
    Sent,
}

/// <summary>One input's identity: the connection that sent it and its sequence on that connection.</summary>
public readonly record struct InputKey(string UserId, string Key);

/// <summary>
/// Remembers committed inputs so a redelivery after a crash between commit and send re-sends, and a plain
/// redelivery stays silent. Works on a whole batch in one round trip each way.
/// </summary>
public static class InputLedger
{
    // The main query reads the snapshot from before the insert: a row it finds existed already.
    private const string BeginSql = """
        WITH input AS (SELECT * FROM unnest($1::text[], $2::text[]) AS t(user_id, input_key)),
        ins AS (
            INSERT INTO ingest.ingested_inputs (user_id, input_key, published, created_at)
            SELECT user_id, input_key, false, now() FROM input
            ON CONFLICT (user_id, input_key) DO NOTHING)
        SELECT e.user_id, e.input_key, e.published FROM ingest.ingested_inputs e JOIN input i USING (user_id, input_key)
        """;

    // Counted in a CTE so that, batched before BeginSql, it returns a result set of its own.
    private const string MarkSentSql = """
        WITH marked AS (
            UPDATE ingest.ingested_inputs e SET published = true
            FROM unnest($1::text[], $2::text[]) AS t(user_id, input_key)
            WHERE e.user_id = t.user_id AND e.input_key = t.input_key
            RETURNING 1)
        SELECT count(*) FROM marked
        """;

    /// <summary>
    /// Records the inputs as committed (with the caller's transaction) and says what each was before. In the
    /// same round trip, first marks <paramref name="sent"/> (inputs of earlier batches whose sends completed)
    /// as sent: a commit of its own per batch cost a round trip and a WAL flush, and losing the mark (this
    /// transaction rolls back, or the process dies first) only costs a harmless re-send on a redelivery.
    /// </summary>
    public static async Task<IReadOnlyDictionary<InputKey, InputState>> BeginAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<InputKey> keys, IReadOnlyCollection<InputKey> sent,
        CancellationToken cancellationToken)
    {
        var states = keys.Distinct().ToDictionary(k => k, _ => InputState.New);
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (sent.Count > 0)
        {
            batch.BatchCommands.Add(Command(MarkSentSql, sent));
        }

        batch.BatchCommands.Add(Command(BeginSql, states.Keys));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (sent.Count > 0)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        while (await reader.ReadAsync(cancellationToken))
        {
            states[new InputKey(reader.GetString(0), reader.GetString(1))] = reader.GetBoolean(2) ? InputState.Sent : InputState.CommittedNotSent;
        }

        return states;
    }

    private static NpgsqlBatchCommand Command(string sql, IReadOnlyCollection<InputKey> keys) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = keys.Select(k => k.UserId).ToArray() },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = keys.Select(k => k.Key).ToArray() },
        },
    };
}
