using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>
/// New messages that all sort after a conversation's newest one (the usual delta), folded into its row
/// in memory: the same aggregates <c>ConversationSql</c> computes over the whole chat, since appending
/// at the end cannot change anything before it. A fan message opens a wait (or joins the open one); a
/// creator message closes it and adds one reply interval.
/// </summary>
internal sealed record ConversationTail(ConversationRow Row, int NewMessages, double[] AddedReplies)
{
    public static ConversationTail Append(ConversationRow? current, string chatId, IReadOnlyList<NormalizedMessage> ascending)
    {
        var row = current ?? new ConversationRow { ChatId = chatId };
        var added = new List<double>();
        foreach (var m in ascending)
        {
            var at = Stored(m.CreatedAt);
            var inbound = m.Direction == MessageDirection.In;
            DateTimeOffset? awaiting = inbound ? row.AwaitingSince ?? at : null;
            if (!inbound && row.AwaitingSince is { } since)
            {
                added.Add((at - since).TotalSeconds);
            }

            row = row with
            {
                MessageCount = row.MessageCount + 1,
                InboundCount = row.InboundCount + (inbound ? 1 : 0),
                OutboundCount = row.OutboundCount + (inbound ? 0 : 1),
                PendingInbound = inbound ? row.PendingInbound + 1 : 0,
                AwaitingSince = awaiting,
                LastMessage = LastMessage(m, at),
            };
        }

        double[] sortedAdded = [.. added.Order()];
        return new ConversationTail(row with { ReplySeconds = Merge(row.ReplySeconds, sortedAdded) }, ascending.Count, sortedAdded);
    }

    /// <summary>True when <paramref name="m"/> sorts after the conversation's newest message (time, then id, as stored).</summary>
    public static bool After(ConversationRow? row, NormalizedMessage m)
    {
        if (row?.LastMessage is not { } last)
        {
            return true;
        }

        var byTime = Stored(m.CreatedAt).CompareTo(last.CreatedAt);
        return byTime > 0 || (byTime == 0 && string.CompareOrdinal(m.MessageId, last.Id) > 0);
    }

    /// <summary>As PostgreSQL keeps it: UTC, microseconds.</summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    // What the message row reads back as (no sentiment yet: the writer only confirms a tail when none is stored).
    private static ChatMessage LastMessage(NormalizedMessage m, DateTimeOffset at) => new()
    {
        Id = m.MessageId,
        ChatId = m.ChatId,
        Text = m.TextPlain,
        Direction = m.Direction,
        CreatedAt = at,
        Price = m.Price,
        IsFree = m.IsFree,
        IsOpened = m.IsOpened,
        IsTip = m.IsTip,
        TipAmount = m.TipAmount,
        MediaCount = m.MediaCount,
        MediaKinds = StoredKinds(m.MediaKinds),
        IsFromQueue = m.IsFromQueue,
    };

    // The writer stores the kinds comma-joined and splits them again.
    private static string[] StoredKinds(IReadOnlyList<string> kinds)
    {
        var joined = string.Join(',', kinds);
        return joined.Length == 0 ? [] : joined.Split(',');
    }

    private static double[] Merge(double[] ascending, double[] addedAscending)
    {
        if (addedAscending.Length == 0)
        {
            return ascending;
        }

        double[] merged = [.. ascending, .. addedAscending];
        Array.Sort(merged);
        return merged;
    }
}
