using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Enrichment.Analysis;

namespace Platform.Enrichment.Ingestion;

/// <summary>
/// One user's ingested batches of a group commit, merged: their rows (a row captured twice: the later capture wins),
/// the analyses of the fans' messages, and what follows from them.
/// </summary>
internal sealed record UserEnrichment(
    string UserId,
    IReadOnlyList<FanProfile> Fans,
    IReadOnlyList<NormalizedMessage> Messages,
    IReadOnlyList<NormalizedTransaction> Transactions,
    IReadOnlyList<FanSubscription> Subscriptions,
    IReadOnlyDictionary<string, MessageAnalysis> Analyses,
    EnrichedMessage[] Enriched,
    string[] FansToScore,
    IReadOnlyList<NormalizedMessage> AwaitingReply)
{
    /// <param name="batches">The user's batches, in delivery order.</param>
    public static UserEnrichment Of(string userId, IReadOnlyList<MessagesIngested> batches)
    {
        var analyses = batches.SelectMany(b => b.Messages)
            .Where(m => m.Direction == MessageDirection.In && m.TextPlain.Length > 0)
            .GroupBy(m => m.MessageId)
            .ToDictionary(g => g.Key, g => MessageAnalysis.Of(g.Last().TextPlain));
        var snapshots = batches.Where(b => b.SnapshotId is not null).ToList();
        var deltas = batches.Where(b => b.SnapshotId is null).ToList();

        // A snapshot can hold years of chats: graph needs only each chat's newest fan message to show its mood.
        var snapshotNewest = snapshots.SelectMany(b => b.Messages).Where(m => IsAnalysedFanMessage(m, analyses))
            .GroupBy(m => m.ChatId).Select(g => g.MaxBy(m => m.CreatedAt)!);
        var deltaMessages = deltas.SelectMany(b => b.Messages).Where(m => IsAnalysedFanMessage(m, analyses));
        EnrichedMessage[] enriched = [.. snapshotNewest.Concat(deltaMessages)
            .GroupBy(m => m.MessageId).Select(g => g.Last())
            .Select(m => ToEnriched(m, analyses[m.MessageId]))];

        string[] fansToScore = [.. deltas.SelectMany(b => b.Messages.Select(m => m.ChatId)
                .Concat(b.Transactions.Select(t => t.FanId).OfType<string>())
                .Concat(b.Subscriptions.Select(s => s.FanId)))
            .Distinct()];
        var awaitingReply = deltas.SelectMany(b => b.Messages).GroupBy(m => m.ChatId).Select(g => g.MaxBy(m => m.CreatedAt)!)
            .Where(m => m.Direction == MessageDirection.In && (m.TextPlain.Length > 0 || m.IsTip))
            .ToList();

        return new UserEnrichment(
            userId,
            [.. batches.SelectMany(b => b.Fans).GroupBy(f => f.FanId).Select(g => g.Aggregate(MergeFan))],
            LastOf(batches.SelectMany(b => b.Messages), m => m.MessageId),
            LastOf(batches.SelectMany(b => b.Transactions), t => t.TransactionId),
            [.. batches.SelectMany(b => b.Subscriptions).GroupBy(s => s.FanId).Select(g => g.Aggregate(MergeSubscription))],
            analyses,
            enriched,
            fansToScore,
            awaitingReply);
    }

    private static bool IsAnalysedFanMessage(NormalizedMessage message, Dictionary<string, MessageAnalysis> analyses) =>
        message.Direction == MessageDirection.In && analyses.ContainsKey(message.MessageId);

    // What the site left out of a later capture keeps the earlier capture's value, as the upserts do for stored rows.
    private static FanProfile MergeFan(FanProfile earlier, FanProfile later) =>
        later with { Name = later.Name ?? earlier.Name, Username = later.Username ?? earlier.Username, AvatarUrl = later.AvatarUrl ?? earlier.AvatarUrl };

    private static FanSubscription MergeSubscription(FanSubscription earlier, FanSubscription later) =>
        later with { SubscribedAt = later.SubscribedAt ?? earlier.SubscribedAt, ExpiresAt = later.ExpiresAt ?? earlier.ExpiresAt, Price = later.Price ?? earlier.Price };

    private static List<T> LastOf<T>(IEnumerable<T> rows, Func<T, string> key) => [.. rows.GroupBy(key).Select(g => g.Last())];

    private static EnrichedMessage ToEnriched(NormalizedMessage message, MessageAnalysis analysis) => new()
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
