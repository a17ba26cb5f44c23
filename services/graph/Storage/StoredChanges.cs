using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>What a batch actually changed in PostgreSQL (rows stored unchanged are absent).</summary>
internal sealed class StoredChanges
{
    public string? CreatorId { get; set; }
    public List<FanProfile> Fans { get; } = [];
    /// <summary>Chats whose stored state changed, with the site's unread count now stored.</summary>
    public Dictionary<string, int?> ChatStates { get; } = new(StringComparer.Ordinal);
    public List<StoredMessage> Messages { get; } = [];
    public List<TransactionRow> Transactions { get; } = [];
    public List<(string FanId, SubscriptionInfo Subscription)> Subscriptions { get; } = [];
    /// <summary>Chats whose guessed tail row the database confirmed and stored.</summary>
    public HashSet<string> Settled { get; } = new(StringComparer.Ordinal);
    /// <summary>Chats recomputed in SQL; their re-read rows are <see cref="Conversations"/>.</summary>
    public HashSet<string> Recomputed { get; } = new(StringComparer.Ordinal);
    public List<ConversationRow> Conversations { get; } = [];

    public bool IsEmpty => CreatorId is null && Fans.Count == 0 && ChatStates.Count == 0 && Messages.Count == 0
        && Transactions.Count == 0 && Subscriptions.Count == 0;

    /// <summary>Chats with a stored message change that neither a confirmed tail nor a recompute covers.</summary>
    public string[] Unsettled() =>
        [.. Messages.Select(m => m.ChatId).Where(c => !Settled.Contains(c) && !Recomputed.Contains(c)).Distinct(StringComparer.Ordinal)];
}

/// <summary>A message row that was inserted or changed; <c>Settled</c> when its chat's tail row was confirmed.</summary>
internal readonly record struct StoredMessage(string MessageId, string ChatId, MessageDirection Direction, DateTimeOffset CreatedAt, bool Inserted, bool Settled);
