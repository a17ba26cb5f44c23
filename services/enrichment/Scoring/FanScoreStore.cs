using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Model;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Scoring;

/// <summary>Aggregates the facts of many fans in one query, and keeps their latest scores.</summary>
internal sealed class FanScoreStore(EnrichmentDbContext db)
{
    /// <summary>Facts of the given fans (null: every fan the user has data for).</summary>
    public Task<List<FanFacts>> FactsAsync(string user, string[]? fanIds, DateTimeOffset now, CancellationToken ct)
    {
        var since14 = now.AddDays(-14).ToUniversalTime();
        var since30 = now.AddDays(-30).ToUniversalTime();
        var since42 = now.AddDays(-42).ToUniversalTime();
        var all = fanIds is null;
        var ids = fanIds ?? [];
        return db.Database.SqlQuery<FanFacts>($"""
            WITH f AS (
              SELECT DISTINCT fan_id FROM (
                SELECT unnest({ids}::text[]) AS fan_id WHERE NOT {all}
                UNION ALL SELECT "FanId" FROM enrichment.fans WHERE {all} AND "UserId" = {user}
                UNION ALL SELECT "FanId" FROM enrichment.transactions WHERE {all} AND "UserId" = {user} AND "FanId" IS NOT NULL
                UNION ALL SELECT "ChatId" FROM enrichment.messages WHERE {all} AND "UserId" = {user}) x)
            SELECT f.fan_id AS "FanId",
              COALESCE(t.ltv, 0) AS "LifetimeValue", COALESCE(t.spend30, 0) AS "Spend30Days", COALESCE(t.max_tx, 0) AS "MaxTransaction",
              COALESCE(m.in14, 0)::int AS "InboundLast14Days", COALESCE(m.in_prior, 0)::int AS "InboundPrior28Days",
              m.last_in AS "LastInboundAt", m.sentiment AS "Sentiment30Days",
              COALESCE(m.churn, 0)::int AS "ChurnSignals30Days", COALESCE(m.purchase, 0)::int AS "PurchaseInterest30Days",
              s."ExpiresAt" AS "SubscriptionExpiresAt"
            FROM f
            LEFT JOIN LATERAL (
              SELECT sum("Amount") AS ltv, sum("Amount") FILTER (WHERE "CreatedAt" >= {since30}) AS spend30, max("Amount") AS max_tx
              FROM enrichment.transactions WHERE "UserId" = {user} AND "FanId" = f.fan_id AND "Status" = 'done') t ON true
            LEFT JOIN LATERAL (
              SELECT count(*) FILTER (WHERE "CreatedAt" >= {since14}) AS in14,
                count(*) FILTER (WHERE "CreatedAt" < {since14} AND "CreatedAt" >= {since42}) AS in_prior,
                max("CreatedAt") AS last_in,
                avg("Sentiment") FILTER (WHERE "CreatedAt" >= {since30}) AS sentiment,
                count(*) FILTER (WHERE "CreatedAt" >= {since30} AND "Intents" LIKE '%churn_signal%') AS churn,
                count(*) FILTER (WHERE "CreatedAt" >= {since30} AND "Intents" LIKE '%purchase_interest%') AS purchase
              FROM enrichment.messages WHERE "UserId" = {user} AND "ChatId" = f.fan_id AND "Inbound") m ON true
            LEFT JOIN enrichment.subscriptions s ON s."UserId" = {user} AND s."FanId" = f.fan_id
            """).ToListAsync(ct);
    }

    public async Task SaveAsync(string user, IReadOnlyList<FanScores> scores, CancellationToken ct)
    {
        if (scores.Count == 0)
        {
            return;
        }

        string[] fans = [.. scores.Select(s => s.FanId)];
        decimal[] ltv = [.. scores.Select(s => s.LifetimeValue)];
        decimal[] velocity = [.. scores.Select(s => s.SpendVelocity)];
        double[] churn = [.. scores.Select(s => s.ChurnRisk)];
        double[] big = [.. scores.Select(s => s.BigSpenderLikelihood)];
        double?[] sentiment = [.. scores.Select(s => s.Sentiment)];
        DateTimeOffset[] updated = [.. scores.Select(s => s.UpdatedAt.ToUniversalTime())];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.fan_scores ("UserId", "FanId", "LifetimeValue", "SpendVelocity", "ChurnRisk", "BigSpenderLikelihood", "Sentiment", "UpdatedAt")
            SELECT {user}, * FROM unnest({fans}, {ltv}, {velocity}, {churn}, {big}, {sentiment}, {updated})
            ON CONFLICT ("UserId", "FanId") DO UPDATE SET
              "LifetimeValue" = EXCLUDED."LifetimeValue", "SpendVelocity" = EXCLUDED."SpendVelocity", "ChurnRisk" = EXCLUDED."ChurnRisk",
              "BigSpenderLikelihood" = EXCLUDED."BigSpenderLikelihood", "Sentiment" = EXCLUDED."Sentiment", "UpdatedAt" = EXCLUDED."UpdatedAt"
            """, ct);
    }
}
