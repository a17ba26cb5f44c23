using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Scoring;
using Platform.Enrichment.Suggestions;
using Platform.Messaging;

namespace Platform.Enrichment.Ingestion;

/// <summary>
/// Ingested batches of many users at once (a partition's group commit): analyse the fans' messages, store what
/// scoring needs; for live deltas (not snapshots) also rescore the fans concerned and queue reply suggestions.
/// One transaction for all of it, then one <c>MessagesEnriched</c> per user to graph.
/// </summary>
internal sealed class IngestedBatchHandler(
    IngestedBatchWriter writer,
    FanScoringService scoring,
    SuggestionQueue suggestions,
    EnrichmentDbContext db,
    IPipelineSender pipeline)
{
    public async Task HandleAsync(IReadOnlyList<MessagesIngested> batches, CancellationToken ct)
    {
        IReadOnlyList<UserEnrichment> users = [.. batches.GroupBy(b => b.UserId).Select(g => UserEnrichment.Of(g.Key, [.. g]))];

        // One commit for every user's upserts and scores (each statement on its own was a WAL flush); the
        // context's retrying strategy reruns the whole unit, which the upserts make harmless.
        var scores = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await writer.WriteAsync(users, ct);
            // A snapshot's fans are scored once, at SnapshotIngested; old chats get no suggestions.
            var scored = await scoring.ScoreAsync([.. users.SelectMany(u => u.FansToScore.Select(fan => (u.UserId, fan)))], ct);
            await transaction.CommitAsync(ct);
            return scored;
        });

        await Task.WhenAll(users.Select(user => SendToGraphAsync(user, scores, ct)));
        await QueueSuggestionsAsync(users, ct);
    }

    private Task SendToGraphAsync(UserEnrichment user, ILookup<string, FanScores> scores, CancellationToken ct)
    {
        FanScores[] userScores = [.. scores[user.UserId]];
        return user.Enriched.Length > 0 || userScores.Length > 0
            ? pipeline.SendAsync(Pipelines.Graph, new MessagesEnriched { UserId = user.UserId, Messages = user.Enriched, Scores = userScores }, ct)
            : Task.CompletedTask;
    }

    /// <summary>A chat whose newest message is the fan's, with no newer reply stored, awaits a reply.</summary>
    private async Task QueueSuggestionsAsync(IReadOnlyList<UserEnrichment> users, CancellationToken ct)
    {
        var candidates = users.SelectMany(u => u.AwaitingReply.Select(m => (u, Message: m))).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        string[] userIds = [.. candidates.Select(c => c.u.UserId)];
        string[] chatIds = [.. candidates.Select(c => c.Message.ChatId)];
        var lastReplies = (await db.Database.SqlQuery<LastReply>($"""
                SELECT m."UserId", m."ChatId", max(m."CreatedAt") AS "At"
                FROM enrichment.messages m
                JOIN unnest({userIds}::text[], {chatIds}::text[]) AS k(user_id, chat_id) ON m."UserId" = k.user_id AND m."ChatId" = k.chat_id
                WHERE NOT m."Inbound"
                GROUP BY m."UserId", m."ChatId"
                """).ToListAsync(ct))
            .ToDictionary(r => (r.UserId, r.ChatId), r => r.At);
        foreach (var (user, message) in candidates)
        {
            if (lastReplies.TryGetValue((user.UserId, message.ChatId), out var repliedAt) && repliedAt >= message.CreatedAt)
            {
                continue;
            }

            var intents = user.Analyses.TryGetValue(message.MessageId, out var analysis) ? analysis.Intents : [];
            suggestions.TryEnqueue(new SuggestionJob(user.UserId, message.ChatId, message.MessageId, message.TextPlain, intents, message.IsTip, message.TipAmount));
        }
    }

    private sealed class LastReply
    {
        public required string UserId { get; init; }
        public required string ChatId { get; init; }
        public DateTimeOffset At { get; init; }
    }
}
