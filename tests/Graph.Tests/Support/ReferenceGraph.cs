using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Graph.Tests.Support;

/// <summary>
/// The test's own model of what the graph must show: the union of every record sent (latest wins),
/// folded the straightforward way. Independent of the service's SQL.
/// </summary>
public sealed class ReferenceGraph
{
    private readonly Dictionary<string, NormalizedMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NormalizedTransaction> _transactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _siteUnread = new(StringComparer.Ordinal);

    public void Apply(MessagesIngested batch)
    {
        foreach (var m in batch.Messages)
        {
            // Direction and time are identity: a re-sent message keeps the stored ones.
            _messages[m.MessageId] = _messages.TryGetValue(m.MessageId, out var old) ? m with { Direction = old.Direction, CreatedAt = old.CreatedAt, ChatId = old.ChatId } : m;
        }

        foreach (var t in batch.Transactions)
        {
            _transactions[t.TransactionId] = t;
        }

        foreach (var c in batch.Chats)
        {
            _siteUnread[c.ChatId] = c.UnreadCount ?? _siteUnread.GetValueOrDefault(c.ChatId);
        }
    }

    public IReadOnlyList<string> Chats =>
        [.. _messages.Values.Select(m => m.ChatId).Concat(_siteUnread.Keys).Distinct().Order(StringComparer.Ordinal)];

    public int MessageCount => _messages.Count;

    public Expected For(string chatId)
    {
        var thread = _messages.Values.Where(m => m.ChatId == chatId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.MessageId, StringComparer.Ordinal).ToList();
        DateTimeOffset? pendingSince = null;
        var pending = 0;
        var replies = new List<double>();
        foreach (var m in thread)
        {
            if (m.Direction == MessageDirection.In)
            {
                pendingSince ??= m.CreatedAt;
                pending++;
            }
            else if (pendingSince is { } since)
            {
                replies.Add((m.CreatedAt - since).TotalSeconds);
                (pendingSince, pending) = (null, 0);
            }
        }

        var done = _transactions.Values.Where(t => t.FanId == chatId && t.Status == "done").ToList();
        decimal Sum(TransactionKind k) => done.Where(t => t.Kind == k).Sum(t => t.Amount);
        return new Expected(
            chatId, thread.Count, thread.Count(m => m.Direction == MessageDirection.In), thread.Count(m => m.Direction == MessageDirection.Out),
            _siteUnread.GetValueOrDefault(chatId) ?? pending, pendingSince is not null, pendingSince, thread.LastOrDefault()?.MessageId,
            done.Sum(t => t.Amount), Sum(TransactionKind.Tip), Sum(TransactionKind.PaidMessage), Sum(TransactionKind.Subscription),
            [.. replies.Order()]);
    }

    public sealed record Expected(
        string ChatId, int Messages, int Inbound, int Outbound, int Unread, bool Awaiting, DateTimeOffset? AwaitingSince, string? LastMessageId,
        decimal Spend, decimal Tips, decimal PaidMessages, decimal Subscriptions, double[] ReplySeconds);

    /// <summary>Asserts that <paramref name="nodes"/> are exactly the expected conversations.</summary>
    public void AssertMatches(IReadOnlyList<ConversationNode> nodes)
    {
        Assert.Equal(Chats, nodes.Select(n => n.ChatId).Order(StringComparer.Ordinal));
        foreach (var node in nodes)
        {
            var e = For(node.ChatId);
            var actual = new Expected(
                node.ChatId, node.MessageCount, node.InboundCount, node.OutboundCount, node.UnreadCount, node.AwaitingReply, node.AwaitingSince,
                node.LastMessage?.Id, node.Spend.Total, node.Spend.Tips, node.Spend.PaidMessages, node.Spend.Subscriptions, e.ReplySeconds);
            Assert.Equal(e, actual);
            Assert.Equal(e.ReplySeconds.Length, node.ResponseTime.Samples);
            if (e.ReplySeconds.Length == 0)
            {
                Assert.Null(node.ResponseTime.AvgSeconds);
            }
            else
            {
                Assert.Equal(e.ReplySeconds.Average(), node.ResponseTime.AvgSeconds!.Value, 6);
            }
        }
    }
}
