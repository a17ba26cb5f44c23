using Npgsql;

namespace Platform.Ingest.Storage;

/// <summary>Runs a table's bulk upsert and returns the keys of the rows that are new or changed.</summary>
public static class RowWriter
{
    public static async Task<HashSet<string>> UpsertAsync<TRow>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, TableSpec<TRow> spec,
        IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return changed;
        }

        await using var command = new NpgsqlCommand(spec.Sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        foreach (var array in spec.ToArrays(rows))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = array });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(reader.GetString(0));
        }

        return changed;
    }
}
