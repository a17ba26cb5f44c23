using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>What a batch actually changed in PostgreSQL (rows stored unchanged are absent).</summary>
internal sealed class StoredChanges
{
    public string? CreatorId { get; set; }
    public List<FanProfile> Fans { get; } = [];
    public HashSet<string> ChatStates { get; } = new(StringComparer.Ordinal);
    public List<StoredMessage> Messages { get; } = [];
    public List<TransactionRow> Transactions { get; } = [];
    public List<(string FanId, SubscriptionInfo Subscription)> Subscriptions { get; } = [];
    /// <summary>The re-read rows of every conversation the batch touched.</summary>
    public List<ConversationRow> Conversations { get; } = [];

    public bool IsEmpty => CreatorId is null && Fans.Count == 0 && ChatStates.Count == 0 && Messages.Count == 0
        && Transactions.Count == 0 && Subscriptions.Count == 0;
}

/// <summary>A message row that was inserted or changed.</summary>
internal readonly record struct StoredMessage(string MessageId, string ChatId, MessageDirection Direction, DateTimeOffset CreatedAt, bool Inserted);
