using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Model;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Scoring;

/// <summary>Aggregates the facts of many fans in one query, and keeps their latest scores.</summary>
/// <remarks>
/// One fact query for any set of fans, no switch between "these fans" and "all fans": PostgreSQL re-planned a switched
/// query on every execution (a generic plan cannot drop the branch not taken), which cost six times its execution.
/// </remarks>
internal sealed class FanScoreStore(EnrichmentDbContext db)
{
    /// <summary>Facts of the given fans, of any users.</summary>
    public Task<List<FanFacts>> FactsAsync(IReadOnlyList<(string UserId, string FanId)> fans, DateTimeOffset now, CancellationToken ct)
    {
        string[] userIds = [.. fans.Select(f => f.UserId)];
        string[] fanIds = [.. fans.Select(f => f.FanId)];
        var (since14, since30, since42) = Windows(now);
        return db.Database.SqlQuery<FanFacts>($"""
            WITH f AS (SELECT DISTINCT user_id, fan_id FROM unnest({userIds}::text[], {fanIds}::text[]) AS k(user_id, fan_id))
            SELECT f.user_id AS "UserId", f.fan_id AS "FanId",
              COALESCE(t.ltv, 0) AS "LifetimeValue", COALESCE(t.spend30, 0) AS "Spend30Days", COALESCE(t.max_tx, 0) AS "MaxTransaction",
              COALESCE(m.in14, 0)::int AS "InboundLast14Days", COALESCE(m.in_prior, 0)::int AS "InboundPrior28Days",
              m.last_in AS "LastInboundAt", m.sentiment AS "Sentiment30Days",
              COALESCE(m.churn, 0)::int AS "ChurnSignals30Days", COALESCE(m.purchase, 0)::int AS "PurchaseInterest30Days",
              s."ExpiresAt" AS "SubscriptionExpiresAt"
            FROM f
            LEFT JOIN LATERAL (
              SELECT sum("Amount") AS ltv, sum("Amount") FILTER (WHERE "CreatedAt" >= {since30}) AS spend30, max("Amount") AS max_tx
              FROM enrichment.transactions WHERE "UserId" = f.user_id AND "FanId" = f.fan_id AND "Status" = 'done') t ON true
            LEFT JOIN LATERAL (
              SELECT count(*) FILTER (WHERE "CreatedAt" >= {since14}) AS in14,
                count(*) FILTER (WHERE "CreatedAt" < {since14} AND "CreatedAt" >= {since42}) AS in_prior,
                max("CreatedAt") AS last_in,
                avg("Sentiment") FILTER (WHERE "CreatedAt" >= {since30}) AS sentiment,
                count(*) FILTER (WHERE "CreatedAt" >= {since30} AND "Intents" LIKE '%churn_signal%') AS churn,
                count(*) FILTER (WHERE "CreatedAt" >= {since30} AND "Intents" LIKE '%purchase_interest%') AS purchase
              FROM enrichment.messages WHERE "UserId" = f.user_id AND "ChatId" = f.fan_id AND "Inbound") m ON true
            LEFT JOIN enrichment.subscriptions s ON s."UserId" = f.user_id AND s."FanId" = f.fan_id
            """).ToListAsync(ct);
    }

    /// <summary>Facts of every fan the user has data for (after a snapshot): the fans first, then the same query as for a few.</summary>
    public async Task<List<FanFacts>> AllFactsAsync(string user, DateTimeOffset now, CancellationToken ct)
    {
        var fans = await db.Database.SqlQuery<string>($"""
            SELECT "FanId" AS "Value" FROM enrichment.fans WHERE "UserId" = {user}
            UNION SELECT "FanId" FROM enrichment.transactions WHERE "UserId" = {user} AND "FanId" IS NOT NULL
            UNION SELECT "ChatId" FROM enrichment.messages WHERE "UserId" = {user}
            """).ToListAsync(ct);
        return fans.Count == 0 ? [] : await FactsAsync([.. fans.Select(fan => (user, fan))], now, ct);
    }

    public async Task SaveAsync(IReadOnlyList<(string UserId, FanScores Score)> scores, CancellationToken ct)
    {
        if (scores.Count == 0)
        {
            return;
        }

        string[] users = [.. scores.Select(s => s.UserId)];
        string[] fans = [.. scores.Select(s => s.Score.FanId)];
        decimal[] ltv = [.. scores.Select(s => s.Score.LifetimeValue)];
        decimal[] velocity = [.. scores.Select(s => s.Score.SpendVelocity)];
        double[] churn = [.. scores.Select(s => s.Score.ChurnRisk)];
        double[] big = [.. scores.Select(s => s.Score.BigSpenderLikelihood)];
        double?[] sentiment = [.. scores.Select(s => s.Score.Sentiment)];
        DateTimeOffset[] updated = [.. scores.Select(s => s.Score.UpdatedAt.ToUniversalTime())];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.fan_scores ("UserId", "FanId", "LifetimeValue", "SpendVelocity", "ChurnRisk", "BigSpenderLikelihood", "Sentiment", "UpdatedAt")
            SELECT * FROM unnest({users}, {fans}, {ltv}, {velocity}, {churn}, {big}, {sentiment}, {updated})
            ON CONFLICT ("UserId", "FanId") DO UPDATE SET
              "LifetimeValue" = EXCLUDED."LifetimeValue", "SpendVelocity" = EXCLUDED."SpendVelocity", "ChurnRisk" = EXCLUDED."ChurnRisk",
              "BigSpenderLikelihood" = EXCLUDED."BigSpenderLikelihood", "Sentiment" = EXCLUDED."Sentiment", "UpdatedAt" = EXCLUDED."UpdatedAt"
            """, ct);
    }

    private static (DateTimeOffset Since14, DateTimeOffset Since30, DateTimeOffset Since42) Windows(DateTimeOffset now) =>
        (now.AddDays(-14).ToUniversalTime(), now.AddDays(-30).ToUniversalTime(), now.AddDays(-42).ToUniversalTime());
}
