using Npgsql;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Storage;

/// <summary>The creator identity of a platform user (from <c>/users/me</c>): which messages are outbound.</summary>
public static class CreatorStore
{
    private const string UpsertSql = """
        INSERT INTO ingest.creators AS t (user_id, creator_id, name, username) VALUES ($1, $2, $3, $4)
        ON CONFLICT (user_id) DO UPDATE SET creator_id = excluded.creator_id,
            name = COALESCE(excluded.name, t.name), username = COALESCE(excluded.username, t.username)
        WHERE ROW(excluded.creator_id, COALESCE(excluded.name, t.name), COALESCE(excluded.username, t.username))
            IS DISTINCT FROM ROW(t.creator_id, t.name, t.username)
        RETURNING creator_id
        """;

    /// <returns>True when the stored identity changed.</returns>
    public static async Task<bool> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, CreatorProfile creator, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpsertSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = creator.CreatorId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)creator.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)creator.Username ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
