using Npgsql;
using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Storage;

/// <summary>Every captured event once per user and content hash, with its parse status: the input of a re-parse.</summary>
public static class RawArchive
{
    private const string InsertSql = """
        INSERT INTO ingest.raw_events (user_id, content_hash, kind, url, captured_at, received_at, parse_status, endpoint, problem, payload)
        SELECT $1, * FROM unnest($2::bytea[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[])
        ON CONFLICT (user_id, content_hash) DO NOTHING
        """;

    public static async Task<int> StoreAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, IReadOnlyList<ArchivedEvent> events,
        DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        // One row per hash: the same event twice in one input would trip ON CONFLICT within one statement.
        var distinct = events.DistinctBy(e => Convert.ToHexString(e.ContentHash)).ToList();
        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.ContentHash).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.Raw.Event.ToString().ToLowerInvariant()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => Clip(e.Raw.Data.Url, 2_000)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.Raw.Data.CapturedAt.ToUniversalTime()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(_ => receivedAt.ToUniversalTime()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.Parsed.Status.ToString()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.Parsed.Endpoint).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.Parsed.Problem is { } p ? Clip(p, 500) : null).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = distinct.Select(e => e.Payload).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Clip(string text, int max) => Sites.StoredText.Clean(text, max);
}
