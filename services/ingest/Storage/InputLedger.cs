using Npgsql;

namespace Platform.Ingest.Storage;

/// <summary>What happened to an input before: never seen, committed but perhaps not sent, or committed and sent.</summary>
public enum InputState
{
    New,
    CommittedNotSent,
    Sent,
}

/// <summary>Remembers committed inputs so a redelivery after a crash between commit and send re-sends, and a plain redelivery stays silent.</summary>
public static class InputLedger
{
    private const string BeginSql = """
        WITH ins AS (
            INSERT INTO ingest.ingested_inputs (user_id, input_key, published, created_at) VALUES ($1, $2, false, now())
            ON CONFLICT (user_id, input_key) DO NOTHING RETURNING published)
        SELECT false, published FROM ins
        UNION ALL SELECT true, published FROM ingest.ingested_inputs WHERE user_id = $1 AND input_key = $2
        """;

    public static async Task<InputState> BeginAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, string inputKey, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(BeginSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = inputKey });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var existed = reader.GetBoolean(0);
        var published = reader.GetBoolean(1);
        return !existed ? InputState.New : published ? InputState.Sent : InputState.CommittedNotSent;
    }

    public static async Task MarkSentAsync(NpgsqlDataSource dataSource, string userId, string inputKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE ingest.ingested_inputs SET published = true WHERE user_id = $1 AND input_key = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = inputKey });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
