using Platform.Ingest.Pipeline;

namespace Platform.Ingest.Storage;

/// <summary>Every captured event once per user and content hash, with its parse status: the input of a re-parse.</summary>
public static class RawArchive
{
    // Counted in a CTE so the statement returns a result set, as a pipelined statement must.
    private const string InsertSql = """
        WITH inserted AS (
            INSERT INTO ingest.raw_events (user_id, content_hash, kind, url, captured_at, received_at, parse_status, endpoint, problem, payload)
            SELECT $1, * FROM unnest($2::bytea[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[])
            ON CONFLICT (user_id, content_hash) DO NOTHING
            RETURNING 1)
        SELECT count(*) FROM inserted
        """;

    public static void Store(StatementPipeline pipeline, string userId, IReadOnlyList<ArchivedEvent> events, DateTimeOffset receivedAt)
    {
        if (events.Count == 0)
        {
            return;
        }

        // One row per hash: the same event twice in one input would trip ON CONFLICT within one statement.
        var distinct = events.DistinctBy(e => Convert.ToHexString(e.ContentHash)).ToList();
        pipeline.Add(InsertSql,
        [
            userId,
            distinct.Select(e => e.ContentHash).ToArray(),
            distinct.Select(e => e.Raw.Event.ToString().ToLowerInvariant()).ToArray(),
            distinct.Select(e => Clip(e.Raw.Data.Url, 2_000)).ToArray(),
            distinct.Select(e => e.Raw.Data.CapturedAt.ToUniversalTime()).ToArray(),
            distinct.Select(_ => receivedAt.ToUniversalTime()).ToArray(),
            distinct.Select(e => e.Parsed.Status.ToString()).ToArray(),
            distinct.Select(e => e.Parsed.Endpoint).ToArray(),
            distinct.Select(e => e.Parsed.Problem is { } p ? Clip(p, 500) : null).ToArray(),
            distinct.Select(e => e.Payload).ToArray(),
        ]);
    }

    private static string Clip(string text, int max) => Sites.StoredText.Clean(text, max);
}
