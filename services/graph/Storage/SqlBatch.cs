using Npgsql;

namespace Platform.Graph.Storage;

/// <summary>
/// Several statements sent in one round trip (one implicit transaction). Every statement must return
/// rows (a SELECT or RETURNING) so that results line up with the readers registered in order.
/// </summary>
internal sealed class SqlBatch
{
    private readonly NpgsqlBatch _batch = new();
    private readonly List<Action<NpgsqlDataReader>?> _readers = [];

    public bool IsEmpty => _readers.Count == 0;

    public SqlBatch Add(string sql, Action<NpgsqlParameterCollection> parameters, Action<NpgsqlDataReader>? readRow = null)
    {
        var command = new NpgsqlBatchCommand(sql);
        parameters(command.Parameters);
        _batch.BatchCommands.Add(command);
        _readers.Add(readRow);
        return this;
    }

    public async Task ExecuteAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (IsEmpty)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        _batch.Connection = connection;
        await using var reader = await _batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < _readers.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(cancellationToken))
            {
                break;
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                _readers[i]?.Invoke(reader);
            }
        }

        _batch.Dispose();
    }
}
