namespace Platform.Graph.Projection;

/// <summary>
/// 0..100, higher = answer sooner. Awaiting a reply 40; waiting time up to 25 (logarithmic, full at 24 h);
/// fan value up to 20 (logarithmic, full at 1,000 of spend or lifetime value); churn risk up to 5;
/// negative sentiment up to 10. docs/graph.md explains the weights.
/// </summary>
internal static class PriorityScore
{
    private static readonly double _fullWaitMinutes = Math.Log(1 + (24 * 60));
    private static readonly double _fullValue = Math.Log10(1 + 1000);

    public static int Compute(DateTimeOffset? awaitingSince, DateTimeOffset now, decimal fanValue, double? sentiment, double? churnRisk)
    {
        var score = 0.0;
        if (awaitingSince is { } since)
        {
            var minutes = Math.Max(0, (now - since).TotalMinutes);
            score += 40 + (25 * Math.Min(1, Math.Log(1 + minutes) / _fullWaitMinutes));
        }

        score += 20 * Math.Min(1, Math.Log10(1 + (double)Math.Max(0, fanValue)) / _fullValue);
        score += 5 * Math.Clamp(churnRisk ?? 0, 0, 1);
        score += 10 * Math.Clamp(-(sentiment ?? 0), 0, 1);
        return (int)Math.Clamp(Math.Round(score), 0, 100);
    }
}
