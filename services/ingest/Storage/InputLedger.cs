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

    private const string MarkSentSql = """
        UPDATE ingest.ingested_inputs e SET published = true
        FROM unnest($1::text[], $2::text[]) AS t(user_id, input_key)
        WHERE e.user_id = t.user_id AND e.input_key = t.input_key
        """;

    /// <summary>Records the inputs as committed (with the caller's transaction) and says what each was before.</summary>
    public static async Task<IReadOnlyDictionary<InputKey, InputState>> BeginAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<InputKey> keys, CancellationToken cancellationToken)
    {
        var states = keys.Distinct().ToDictionary(k => k, _ => InputState.New);
        await using var command = new NpgsqlCommand(BeginSql, connection, transaction);
        AddKeys(command, states.Keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states[new InputKey(reader.GetString(0), reader.GetString(1))] = reader.GetBoolean(2) ? InputState.Sent : InputState.CommittedNotSent;
        }

        return states;
    }

    /// <summary>After the sends: a redelivery of these inputs is now silent. Losing this write only costs a harmless re-send.</summary>
    public static async Task MarkSentAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<InputKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(MarkSentSql);
        AddKeys(command, keys);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddKeys(NpgsqlCommand command, IEnumerable<InputKey> keys)
    {
        var list = keys as IReadOnlyCollection<InputKey> ?? [.. keys];
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = list.Select(k => k.UserId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = list.Select(k => k.Key).ToArray() });
    }
}
