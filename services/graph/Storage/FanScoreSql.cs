using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Graph.Storage;

/// <summary>Enrichment's fan scores: one upsert, one select, one mapper.</summary>
internal static class FanScoreSql
{
    public const string Select = """
        SELECT fan_id, lifetime_value, spend_velocity, churn_risk, big_spender_likelihood, sentiment, updated_at
        FROM graph.fan_scores WHERE user_id = @u
        """;

    public const string Upsert = """
        INSERT INTO graph.fan_scores (user_id, fan_id, lifetime_value, spend_velocity, churn_risk, big_spender_likelihood, sentiment, updated_at)
        VALUES (@u, @fan, @ltv, @velocity, @churn, @big, @sentiment, @at)
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

    public static void Parameters(NpgsqlParameterCollection p, FanScored message) => p
        .With("u", message.UserId).With("fan", message.Scores.FanId).With("ltv", message.Scores.LifetimeValue)
        .With("velocity", message.Scores.SpendVelocity).With("churn", message.Scores.ChurnRisk)
        .With("big", message.Scores.BigSpenderLikelihood).With("sentiment", message.Scores.Sentiment)
        .With("at", message.Scores.UpdatedAt.UtcDateTime);
}
