using Npgsql;

namespace Platform.Graph.Storage;

/// <summary>The creator's notes and tags on a fan (replaced as a whole by <c>PUT /api/v1/fans/{fanId}</c>).</summary>
internal sealed class FanNotesWriter(NpgsqlDataSource dataSource)
{
    private const string Upsert = """
        INSERT INTO graph.fan_notes (user_id, fan_id, notes, tags, updated_at) VALUES (@u, @fan, @notes, @tags, now())
        ON CONFLICT (user_id, fan_id) DO UPDATE SET notes = EXCLUDED.notes, tags = EXCLUDED.tags, updated_at = now()
        RETURNING fan_id
        """;

    public Task SaveAsync(string userId, string fanId, string? notes, string[] tags, CancellationToken cancellationToken) =>
        new SqlBatch()
            .Add(Upsert, p => p.With("u", userId).With("fan", fanId).With("notes", notes).With("tags", tags))
            .ExecuteAsync(dataSource, cancellationToken);
}
