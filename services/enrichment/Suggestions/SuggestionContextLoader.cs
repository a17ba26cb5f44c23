using Microsoft.EntityFrameworkCore;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Suggestions;

/// <summary>Loads the fan's context for one suggestion in one query.</summary>
internal sealed class SuggestionContextLoader(EnrichmentDbContext db, TimeProvider clock)
{
    public async Task<SuggestionContext> LoadAsync(SuggestionJob job, CancellationToken ct)
    {
        var row = await db.Database.SqlQuery<ContextRow>($"""
            SELECT
              (SELECT COALESCE("Name", "Username") FROM enrichment.fans WHERE "UserId" = {job.UserId} AND "FanId" = {job.ChatId}) AS "FanName",
              (SELECT COALESCE(sum("Amount"), 0) FROM enrichment.transactions WHERE "UserId" = {job.UserId} AND "FanId" = {job.ChatId} AND "Status" = 'done') AS "FanSpend",
              p."Kind" AS "LastPurchaseKind", p."Amount" AS "LastPurchaseAmount", p."CreatedAt" AS "LastPurchaseAt",
              (SELECT max("CreatedAt") FROM enrichment.messages WHERE "UserId" = {job.UserId} AND "ChatId" = {job.ChatId} AND NOT "Inbound") AS "LastReplyAt"
            FROM (SELECT 1) one
            LEFT JOIN LATERAL (
              SELECT "Kind", "Amount", "CreatedAt" FROM enrichment.transactions
              WHERE "UserId" = {job.UserId} AND "FanId" = {job.ChatId} AND "Status" = 'done'
              ORDER BY "CreatedAt" DESC LIMIT 1) p ON true
            """).SingleAsync(ct);
        return new SuggestionContext(job, row.FanName, row.FanSpend, row.LastPurchaseKind, row.LastPurchaseAmount, row.LastPurchaseAt, row.LastReplyAt, clock.GetUtcNow());
    }

    internal sealed class ContextRow
    {
        public string? FanName { get; init; }
        public decimal FanSpend { get; init; }
        public string? LastPurchaseKind { get; init; }
        public decimal? LastPurchaseAmount { get; init; }
        public DateTimeOffset? LastPurchaseAt { get; init; }
        public DateTimeOffset? LastReplyAt { get; init; }
    }
}
