using Npgsql;

namespace Platform.Ingest.Storage;

/// <summary>
/// Statements sent to PostgreSQL in one round trip inside the caller's transaction, each with an optional
/// reader for its rows. Every statement must return a result set (a SELECT, or RETURNING) so that results
/// line up with the readers in order. Ingest applies a batch of many users in two such round trips
/// instead of several per user: on a loaded database the round trips, not the statements, were the cost.
/// </summary>
public sealed class StatementPipeline(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private readonly List<(NpgsqlBatchCommand Command, Action<NpgsqlDataReader>? ReadRow)> _statements = [];

    public int Count => _statements.Count;

    public StatementPipeline Add(string sql, IEnumerable<object?> parameters, Action<NpgsqlDataReader>? readRow = null)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter as NpgsqlParameter ?? new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        _statements.Add((command, readRow));
        return this;
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (_statements.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (command, _) in _statements)
        {
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < _statements.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException($"statement {i} of {_statements.Count} returned no result set: {_statements[i].Command.CommandText}");
            }

            var readRow = _statements[i].ReadRow;
            while (await reader.ReadAsync(cancellationToken))
            {
                readRow?.Invoke(reader);
            }
        }

        _statements.Clear();
    }
}
