using Npgsql;
using Platform.Contracts.Model;

namespace Platform.Graph.Storage;

/// <summary>Enrichment's fan scores: one set-based upsert, one select, one mapper.</summary>
internal static class FanScoreSql
{
    public const string Select = """
        SELECT fan_id, lifetime_value, spend_velocity, churn_risk, big_spender_likelihood, sentiment, updated_at
        FROM graph.fan_scores WHERE user_id = @u
        """;

    public const string UpsertMany = """
        INSERT INTO graph.fan_scores (user_id, fan_id, lifetime_value, spend_velocity, churn_risk, big_spender_likelihood, sentiment, updated_at)
        SELECT @u, * FROM unnest(@fans, @ltv, @velocity, @churn, @big, @sentiment, @at)
        ON CONFLICT (user_id, fan_id) DO UPDATE SET lifetime_value = EXCLUDED.lifetime_value, spend_velocity = EXCLUDED.spend_velocity,
            churn_risk = EXCLUDED.churn_risk, big_spender_likelihood = EXCLUDED.big_spender_likelihood,
            sentiment = EXCLUDED.sentiment, updated_at = EXCLUDED.updated_at
        RETURNING fan_id
        """;

    public static FanScores Read(NpgsqlDataReader r) => new()
    {
        FanId = r.GetString(0),
        LifetimeValue = r.GetDecimal(1),
        SpendVelocity = r.GetDecimal(2),
        ChurnRisk = r.GetDouble(3),
        BigSpenderLikelihood = r.GetDouble(4),
        Sentiment = r.IsDBNull(5) ? null : r.GetDouble(5),
        UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc)),
    };

    public static void Parameters(NpgsqlParameterCollection p, string user, IReadOnlyList<FanScores> scores) => p
        .With("u", user).With("fans", scores.Select(s => s.FanId).ToArray()).With("ltv", scores.Select(s => s.LifetimeValue).ToArray())
        .With("velocity", scores.Select(s => s.SpendVelocity).ToArray()).With("churn", scores.Select(s => s.ChurnRisk).ToArray())
        .With("big", scores.Select(s => s.BigSpenderLikelihood).ToArray()).With("sentiment", scores.Select(s => s.Sentiment).ToArray())
        .WithTimes("at", [.. scores.Select(s => (DateTime?)s.UpdatedAt.UtcDateTime)]);
}
