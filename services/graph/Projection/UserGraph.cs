using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>
/// One user's graph in memory: a cache of <c>graph.*</c>, loaded from PostgreSQL on a miss and then
/// kept current by the batches this process writes. Use only while holding <see cref="Gate"/>.
/// Besides the rows it keeps what the analytics need incrementally (sums over conversations, the
/// awaiting set, which sections a change made stale), so a delta costs O(1) rather than O(fans).
/// </summary>
internal sealed class UserGraph(string userId)
{
    private SpendBook? _spend;

    public string UserId { get; } = userId;
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public bool Loaded { get; set; }

    /// <summary>
    /// A snapshot's chunks are being stored and its end will rebuild the graph from PostgreSQL: work that
    /// only needs to store (enrichment's results) must not load the half-written graph meanwhile. Kept by
    /// <see cref="Clear"/>.
    /// </summary>
    public bool AwaitingSnapshot { get; set; }
    public string? CreatorId { get; set; }
    public Dictionary<string, ConversationRow> Conversations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FanState> Fans { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TransactionRow> Transactions { get; } = new(StringComparer.Ordinal);
    public MessageCounters Counters { get; private set; } = new();
    public ReplyIntervals Intervals { get; private set; } = new();
    public ConversationTotals Totals { get; private set; }
    /// <summary>Chat ids whose last message is the fan's: the unanswered queue's candidates.</summary>
    public HashSet<string> Awaiting { get; } = new(StringComparer.Ordinal);
    /// <summary>The analytics last pushed, to send only the sections that changed.</summary>
    public CreatorAnalytics? LastAnalytics { get; set; }
    /// <summary>Sections changed since <see cref="LastAnalytics"/> was built.</summary>
    public AnalyticsSections Stale { get; private set; } = AnalyticsSections.All;
    /// <summary>When the expiring-subscriptions window next gains or loses a member by the clock alone.</summary>
    public DateTimeOffset ExpiringValidUntil { get; set; } = DateTimeOffset.MinValue;

    public SpendBook Spend => _spend ??= SpendBook.From(Transactions.Values);

    public void MarkStale(AnalyticsSections sections) => Stale |= sections;

    public void MarkFresh() => Stale = AnalyticsSections.None;

    public FanState Fan(string fanId)
    {
        if (!Fans.TryGetValue(fanId, out var fan))
        {
            fan = new FanState(fanId);
            Fans[fanId] = fan;
            Stale |= AnalyticsSections.Totals;
        }

        return fan;
    }

    public void SetConversation(ConversationRow row)
    {
        var old = Conversations.GetValueOrDefault(row.ChatId);
        var oldReplies = old?.ReplySeconds ?? [];
        if (!oldReplies.AsSpan().SequenceEqual(row.ReplySeconds))
        {
            Intervals.Replace(oldReplies, row.ReplySeconds);
            Stale |= AnalyticsSections.ResponseTime;
        }

        Totals = (old is null ? Totals : Totals.Add(old, -1)).Add(row, +1);
        Conversations[row.ChatId] = row;
        _ = row.AwaitingSince is null ? Awaiting.Remove(row.ChatId) : Awaiting.Add(row.ChatId);
        Stale |= AnalyticsSections.Totals | AnalyticsSections.UnansweredQueue;
        Fan(row.ChatId);
    }

    public void CountMessage(MessageDirection direction, DateTimeOffset createdAt)
    {
        Counters.Add(direction, createdAt);
        Stale |= AnalyticsSections.MessagesPerDay | AnalyticsSections.MessagesPerHourOfWeek | AnalyticsSections.UnansweredQueue;
    }

    /// <summary>A new counted transaction is added to the spend book; a replaced one (status change) rebuilds it.</summary>
    public void SetTransaction(TransactionRow row)
    {
        var replaced = Transactions.TryGetValue(row.TransactionId, out var old);
        Transactions[row.TransactionId] = row;
        if (replaced && old == row)
        {
            return;
        }

        if (replaced)
        {
            _spend = null;
        }
        else
        {
            _spend?.Add(row);
        }

        Stale |= AnalyticsSections.Money;
    }

    /// <summary>Forgets everything; the next user of the graph loads it again.</summary>
    public void Clear()
    {
        Loaded = false;
        CreatorId = null;
        Conversations.Clear();
        Fans.Clear();
        Transactions.Clear();
        Awaiting.Clear();
        Counters = new MessageCounters();
        Intervals = new ReplyIntervals();
        Totals = default;
        LastAnalytics = null;
        Stale = AnalyticsSections.All;
        ExpiringValidUntil = DateTimeOffset.MinValue;
        _spend = null;
    }
}
