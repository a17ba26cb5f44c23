using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Ingest.Diagnostics;

namespace Platform.Ingest.Deletion;

/// <summary>
/// Deletes everything ingest holds about one platform user (<c>DELETE /api/v1/data</c>): the normalised
/// tables, the raw archive and the bookkeeping, in one transaction. A redelivery finds nothing left.
/// </summary>
public sealed class UserDataEraser(NpgsqlDataSource database, ILogger<UserDataEraser> logger)
{
    /// <summary>Every table of schema <c>ingest</c> keyed by user; a new table must be added here.</summary>
    public static readonly string[] Tables =
    [
        "creators", "fans", "chats", "messages", "transactions", "subscriptions", "pending_echoes",
        "raw_events", "snapshot_progress", "ingested_inputs",
    ];

    /// <returns>Rows deleted per table.</returns>
    public async Task<IReadOnlyDictionary<string, int>> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var table in Tables)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM ingest.{table} WHERE user_id = $1") { Parameters = { new() { Value = userId } } });
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var deleted = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Tables.Length; i++)
        {
            deleted[Tables[i]] = batch.BatchCommands[i].RecordsAffected;
        }

        IngestLog.UserDataErased(logger, userId, deleted.Values.Sum(), string.Join(", ", deleted.Select(d => $"{d.Key}={d.Value}")));
        return deleted;
    }
}
