using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>
/// One user's graph in memory: a cache of <c>graph.*</c>, loaded from PostgreSQL on a miss and then
/// kept current by the batches this process writes. Use only while holding <see cref="Gate"/>.
/// </summary>
internal sealed class UserGraph(string userId)
{
    private SpendBook? _spend;

    public string UserId { get; } = userId;
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public bool Loaded { get; set; }
    public string? CreatorId { get; set; }
    public Dictionary<string, ConversationRow> Conversations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FanState> Fans { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TransactionRow> Transactions { get; } = new(StringComparer.Ordinal);
    public MessageCounters Counters { get; private set; } = new();
    public ReplyIntervals Intervals { get; private set; } = new();
    /// <summary>The analytics last pushed, to send only the sections that changed.</summary>
    public CreatorAnalytics? LastAnalytics { get; set; }

    public SpendBook Spend => _spend ??= SpendBook.From(Transactions.Values);

    public FanState Fan(string fanId)
    {
        if (!Fans.TryGetValue(fanId, out var fan))
        {
            fan = new FanState(fanId);
            Fans[fanId] = fan;
        }

        return fan;
    }

    public void SetConversation(ConversationRow row)
    {
        Intervals.Replace(Conversations.TryGetValue(row.ChatId, out var old) ? old.ReplySeconds : [], row.ReplySeconds);
        Conversations[row.ChatId] = row;
        Fan(row.ChatId);
    }

    public void SetTransaction(TransactionRow row)
    {
        Transactions[row.TransactionId] = row;
        _spend = null;
    }

    /// <summary>Forgets everything; the next user of the graph loads it again.</summary>
    public void Clear()
    {
        Loaded = false;
        CreatorId = null;
        Conversations.Clear();
        Fans.Clear();
        Transactions.Clear();
        Counters = new MessageCounters();
        Intervals = new ReplyIntervals();
        LastAnalytics = null;
        _spend = null;
    }
}
