using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>Builds the wire <see cref="ConversationNode"/> from a conversation's row, its fan and its spend.</summary>
internal static class ConversationNodeFactory
{
    public static ConversationNode Create(UserGraph graph, ConversationRow row, DateTimeOffset now)
    {
        var fan = graph.Fans.GetValueOrDefault(row.ChatId);
        var spend = graph.Spend.Of(row.ChatId);
        var sentiment = Sentiment(row, fan);
        var last = row.LastMessage;
        return new ConversationNode
        {
            ChatId = row.ChatId,
            Fan = fan?.ToRef() ?? new FanRef { Id = row.ChatId },
            MessageCount = row.MessageCount,
            InboundCount = row.InboundCount,
            OutboundCount = row.OutboundCount,
            UnreadCount = row.UnreadCount,
            AwaitingReply = row.AwaitingSince is not null,
            AwaitingSince = row.AwaitingSince,
            LastMessage = last is null ? null : new LastMessage
            {
                Id = last.Id,
                Text = last.Text,
                Direction = last.Direction,
                CreatedAt = last.CreatedAt,
                Price = last.Price,
                IsTip = last.IsTip,
                TipAmount = last.TipAmount,
            },
            LastActivityAt = last?.CreatedAt,
            Spend = spend,
            ResponseTime = new ResponseTimeStats
            {
                AvgSeconds = row.ReplySeconds.Length == 0 ? null : row.ReplySeconds.Average(),
                P90Seconds = ReplyIntervals.Percentile(row.ReplySeconds, 0.9),
                Samples = row.ReplySeconds.Length,
            },
            Sentiment = sentiment,
            Priority = Priority(row, fan, FanValue(spend, fan), now),
            Tags = fan?.Tags ?? [],
            Subscription = fan?.Subscription,
            ChurnRisk = fan?.Scores?.ChurnRisk,
        };
    }

    public static int Priority(ConversationRow row, FanState? fan, decimal fanValue, DateTimeOffset now) =>
        PriorityScore.Compute(row.AwaitingSince, now, fanValue, Sentiment(row, fan), fan?.Scores?.ChurnRisk);

    /// <summary>The average of the fan's scored messages, else enrichment's fan-level sentiment.</summary>
    public static double? Sentiment(ConversationRow row, FanState? fan) => row.Sentiment ?? fan?.Scores?.Sentiment;

    /// <summary>What the fan is worth: captured spend, or enrichment's lifetime value when higher.</summary>
    public static decimal FanValue(Spend spend, FanState? fan) => Math.Max(spend.Total, fan?.Scores?.LifetimeValue ?? 0);
}
