using Npgsql;

namespace Platform.Graph.Storage;

/// <summary>Deletes every row the graph holds for one user, in one transaction, and counts them per table.</summary>
internal sealed class UserDataEraser(NpgsqlDataSource dataSource)
{
    private static readonly string[] _tables =
        ["messages", "message_sentiments", "conversations", "transactions", "subscriptions", "fan_scores", "fan_notes", "fans", "creators"];

    public async Task<IReadOnlyDictionary<string, int>> DeleteAsync(string userId, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sql = new SqlBatch();
        foreach (var table in _tables)
        {
            sql.Add($"WITH d AS (DELETE FROM graph.{table} WHERE user_id = @u RETURNING 1) SELECT COUNT(*)::int FROM d",
                p => p.With("u", userId), r => counts[table] = r.GetInt32(0));
        }

        await sql.ExecuteAsync(dataSource, cancellationToken);
        return counts;
    }
}
