using Npgsql;
using NpgsqlTypes;
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

    /// <param name="changed">Called when the stored identity changed.</param>
    public static void Upsert(StatementPipeline pipeline, string userId, CreatorProfile creator, Action changed) =>
        pipeline.Add(UpsertSql, [userId, creator.CreatorId, Text(creator.Name), Text(creator.Username)], _ => changed());

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
