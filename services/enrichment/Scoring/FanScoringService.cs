using Platform.Contracts.Model;

namespace Platform.Enrichment.Scoring;

/// <summary>Scores fans from their stored facts and keeps the scores; the caller tells graph.</summary>
internal sealed class FanScoringService(FanScoreStore store, TimeProvider clock)
{
    /// <param name="fanIds">The fans whose data changed; null for all of the user's fans (after a snapshot).</param>
    public async Task<IReadOnlyList<FanScores>> ScoreAsync(string user, string[]? fanIds, CancellationToken ct)
    {
        if (fanIds is { Length: 0 })
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var facts = await store.FactsAsync(user, fanIds, now, ct);
        var scores = facts.Select(f => FanScoreCalculator.Score(f, now)).ToList();
        await store.SaveAsync(user, scores, ct);
        return scores;
    }
}
