using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Enrichment.Analysis;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Scoring;
using Platform.Enrichment.Suggestions;
using Platform.Messaging;

namespace Platform.Enrichment.Ingestion;

/// <summary>
/// One ingested batch: analyse the fans' messages, store what scoring needs; for live deltas (not snapshots)
/// also rescore the fans concerned and queue reply suggestions. Graph gets one <c>MessagesEnriched</c> per batch.
/// </summary>
internal sealed class IngestedBatchHandler(
    IngestedBatchWriter writer,
    FanScoringService scoring,
    SuggestionQueue suggestions,
    EnrichmentDbContext db,
    IPipelineSender pipeline)
{
    public async Task HandleAsync(MessagesIngested batch, CancellationToken ct)
    {
        var inbound = batch.Messages.Where(m => m.Direction == MessageDirection.In).ToList();
        var analyses = inbound.Where(m => m.TextPlain.Length > 0)
            .DistinctBy(m => m.MessageId)
            .ToDictionary(m => m.MessageId, m => MessageAnalysis.Of(m.TextPlain));
        var isSnapshot = batch.SnapshotId is not null;
        // A snapshot can hold years of chats: graph needs only each chat's newest fan message to show its mood.
        var toPublish = isSnapshot
            ? inbound.Where(m => analyses.ContainsKey(m.MessageId)).GroupBy(m => m.ChatId).Select(g => g.MaxBy(m => m.CreatedAt)!)
            : inbound.Where(m => analyses.ContainsKey(m.MessageId));
        EnrichedMessage[] enriched = [.. toPublish.Select(m => Enriched(m, analyses[m.MessageId]))];

        // One commit for the batch's upserts and scores (each statement on its own was a WAL flush); the
        // context's retrying strategy reruns the whole unit, which the upserts make harmless.
        var scores = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await writer.WriteAsync(batch, analyses, ct);
            // A snapshot's fans are scored once, at SnapshotIngested; old chats get no suggestions.
            IReadOnlyList<FanScores> scored = isSnapshot ? [] : await scoring.ScoreAsync(batch.UserId, FansOf(batch), ct);
            await transaction.CommitAsync(ct);
            return scored;
        });
        if (enriched.Length > 0 || scores.Count > 0)
        {
            await pipeline.SendAsync(Pipelines.Graph, new MessagesEnriched { UserId = batch.UserId, Messages = enriched, Scores = scores }, ct);
        }

        if (!isSnapshot)
        {
            await QueueSuggestionsAsync(batch, analyses, ct);
        }
    }

    private static string[] FansOf(MessagesIngested batch) =>
        [.. batch.Messages.Select(m => m.ChatId)
            .Concat(batch.Transactions.Select(t => t.FanId).OfType<string>())
            .Concat(batch.Subscriptions.Select(s => s.FanId))
            .Distinct()];

    /// <summary>A chat whose newest message in the batch is the fan's, with no newer reply stored, awaits a reply.</summary>
    private async Task QueueSuggestionsAsync(MessagesIngested batch, Dictionary<string, MessageAnalysis> analyses, CancellationToken ct)
    {
        var newest = batch.Messages.GroupBy(m => m.ChatId).Select(g => g.MaxBy(m => m.CreatedAt)!)
            .Where(m => m.Direction == MessageDirection.In && (m.TextPlain.Length > 0 || m.IsTip))
            .ToList();
        if (newest.Count == 0)
        {
            return;
        }

        string[] chats = [.. newest.Select(m => m.ChatId)];
        var lastReplies = await db.Messages.AsNoTracking()
            .Where(m => m.UserId == batch.UserId && !m.Inbound && chats.Contains(m.ChatId))
            .GroupBy(m => m.ChatId)
            .Select(g => new { ChatId = g.Key, At = g.Max(m => m.CreatedAt) })
            .ToDictionaryAsync(x => x.ChatId, x => x.At, ct);
        foreach (var message in newest)
        {
            if (lastReplies.TryGetValue(message.ChatId, out var repliedAt) && repliedAt >= message.CreatedAt)
            {
                continue;
            }

            var intents = analyses.TryGetValue(message.MessageId, out var analysis) ? analysis.Intents : [];
            suggestions.TryEnqueue(new SuggestionJob(batch.UserId, message.ChatId, message.MessageId, message.TextPlain, intents, message.IsTip, message.TipAmount));
        }
    }

    private static EnrichedMessage Enriched(NormalizedMessage message, MessageAnalysis analysis) => new()
    {
        ChatId = message.ChatId,
        MessageId = message.MessageId,
        Sentiment = analysis.Sentiment,
        Intents = analysis.Intents,
        Money = analysis.Money,
        Mentions = analysis.Mentions,
        Urls = analysis.Urls,
    };
}
