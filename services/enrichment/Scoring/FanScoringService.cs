using Platform.Contracts.Model;

namespace Platform.Enrichment.Scoring;

/// <summary>Scores fans from their stored facts and keeps the scores; the caller tells graph.</summary>
internal sealed class FanScoringService(FanScoreStore store, TimeProvider clock)
{
    /// <summary>The fans whose data changed, of many users at once; the scores by user.</summary>
    public async Task<ILookup<string, FanScores>> ScoreAsync(IReadOnlyList<(string UserId, string FanId)> fans, CancellationToken ct)
    {
        if (fans.Count == 0)
        {
            return Array.Empty<(string, FanScores)>().ToLookup(s => s.Item1, s => s.Item2);
        }

        var now = clock.GetUtcNow();
        var scores = (await store.FactsAsync(fans, now, ct)).Select(f => (f.UserId, Score: FanScoreCalculator.Score(f, now))).ToList();
        await store.SaveAsync(scores, ct);
        return scores.ToLookup(s => s.UserId, s => s.Score);
    }

    /// <summary>Every fan the user has data for (after a snapshot).</summary>
    public async Task<IReadOnlyList<FanScores>> ScoreAllAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var scores = (await store.AllFactsAsync(userId, now, ct)).Select(f => (f.UserId, Score: FanScoreCalculator.Score(f, now))).ToList();
        await store.SaveAsync(scores, ct);
        return [.. scores.Select(s => s.Score)];
    }
}
