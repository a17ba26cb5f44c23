using Platform.Enrichment.Scoring;

namespace Platform.Enrichment.Tests.Scoring;

public sealed class FanScoreCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_give_a_quiet_new_fan_almost_no_risk_and_little_big_spender_likelihood()
    {
        var scores = FanScoreCalculator.Score(new FanFacts { FanId = "1", LastInboundAt = Now.AddHours(-1), InboundLast14Days = 2 }, Now);
        Assert.Equal(0, scores.ChurnRisk, 3);
        Assert.InRange(scores.BigSpenderLikelihood, 0, 0.05);
        Assert.Null(scores.Sentiment);
    }

    [Fact]
    public void Should_compute_velocity_as_30_day_spend_per_day() =>
        Assert.Equal(3m, FanScoreCalculator.Score(new FanFacts { FanId = "1", LifetimeValue = 500, Spend30Days = 90 }, Now).SpendVelocity);

    [Fact]
    public void Should_raise_churn_risk_with_each_warning_sign()
    {
        var calm = new FanFacts { FanId = "1", InboundLast14Days = 10, InboundPrior28Days = 20, LastInboundAt = Now.AddDays(-1) };
        var expiring = new FanFacts { FanId = "1", InboundLast14Days = 10, InboundPrior28Days = 20, LastInboundAt = Now.AddDays(-1), SubscriptionExpiresAt = Now.AddDays(2) };
        var worse = new FanFacts { FanId = "1", InboundLast14Days = 1, InboundPrior28Days = 20, LastInboundAt = Now.AddDays(-12), SubscriptionExpiresAt = Now.AddDays(2), Sentiment30Days = -0.6, ChurnSignals30Days = 1 };
        var (a, b, c) = (FanScoreCalculator.ChurnRisk(calm, Now), FanScoreCalculator.ChurnRisk(expiring, Now), FanScoreCalculator.ChurnRisk(worse, Now));
        Assert.True(a < b && b < c && c <= 1, $"{a} < {b} < {c}");
    }

    [Fact]
    public void Should_see_a_big_spender_in_a_fan_with_large_recent_purchases()
    {
        var big = FanScoreCalculator.BigSpenderLikelihood(new FanFacts { FanId = "1", LifetimeValue = 500, MaxTransaction = 100, Spend30Days = 300 });
        var small = FanScoreCalculator.BigSpenderLikelihood(new FanFacts { FanId = "1", LifetimeValue = 20, MaxTransaction = 10 });
        Assert.True(big > 0.9 && small < 0.2, $"big {big}, small {small}");
    }
}
