using Platform.Contracts.Model;

namespace Platform.Enrichment.Scoring;

/// <summary>The fan scores; docs/enrichment.md explains each formula and its constants.</summary>
public static class FanScoreCalculator
{
    public static FanScores Score(FanFacts facts, DateTimeOffset now) => new()
    {
        FanId = facts.FanId,
        LifetimeValue = facts.LifetimeValue,
        SpendVelocity = Math.Round(facts.Spend30Days / 30m, 2),
        ChurnRisk = Math.Round(ChurnRisk(facts, now), 4),
        BigSpenderLikelihood = Math.Round(BigSpenderLikelihood(facts), 4),
        Sentiment = facts.Sentiment30Days is { } s ? Math.Round(s, 4) : null,
        UpdatedAt = now,
    };

    /// <summary>Noisy-OR of independent warning signs: 1 - Π(1 - wᵢ·xᵢ), each xᵢ in [0, 1].</summary>
    public static double ChurnRisk(FanFacts facts, DateTimeOffset now)
    {
        double[] weighted =
        [
            0.45 * Expiry(facts.SubscriptionExpiresAt, now),
            0.25 * ActivityDecline(facts.InboundLast14Days, facts.InboundPrior28Days),
            0.30 * Silence(facts.LastInboundAt, now),
            0.25 * Math.Clamp(-(facts.Sentiment30Days ?? 0), 0, 1),
            facts.ChurnSignals30Days > 0 ? 0.6 : 0,
        ];
        return 1 - weighted.Aggregate(1.0, (keep, w) => keep * (1 - w));
    }

    /// <summary>Logistic over log-scaled spend features; about 0.02 for a fan who never paid.</summary>
    public static double BigSpenderLikelihood(FanFacts facts)
    {
        var z = -4.0
            + (1.5 * Math.Log(1 + ((double)facts.LifetimeValue / 25)))
            + (0.8 * Math.Log(1 + ((double)facts.MaxTransaction / 20)))
            + (1.0 * Math.Log(1 + ((double)facts.Spend30Days / 25)))
            + (0.3 * Math.Min(facts.PurchaseInterest30Days, 5));
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>1 when expired, rising linearly over the last 7 days before expiry, 0 otherwise.</summary>
    private static double Expiry(DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (expiresAt is not { } expires)
        {
            return 0;
        }

        var daysLeft = (expires - now).TotalDays;
        return daysLeft <= 0 ? 1 : Math.Clamp((7 - daysLeft) / 7, 0, 1);
    }

    /// <summary>How far the daily inbound rate of the last 14 days fell below that of the 28 days before.</summary>
    private static double ActivityDecline(int recent14, int prior28)
    {
        if (prior28 == 0)
        {
            return 0;
        }

        var recentRate = recent14 / 14.0;
        var priorRate = prior28 / 28.0;
        return Math.Clamp(1 - (recentRate / priorRate), 0, 1);
    }

    /// <summary>0 up to 7 days without a message from the fan, 1 at 30 days or more.</summary>
    private static double Silence(DateTimeOffset? lastInboundAt, DateTimeOffset now) =>
        lastInboundAt is { } last ? Math.Clamp(((now - last).TotalDays - 7) / 23, 0, 1) : 0;
}
