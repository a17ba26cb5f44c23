using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>
/// Node and edge counts. Nodes: creator, fans, conversations, messages. Edges: one sent/received per
/// message, one <c>replied_to</c> per measured reply, one <c>paid</c>/<c>tipped</c> per transaction with a
/// fan, one <c>precedes</c> between consecutive messages of a conversation.
/// </summary>
internal static class GraphStatsCounter
{
    public static GraphStats Count(UserGraph graph)
    {
        var messages = 0;
        var replies = 0;
        var conversationsWithMessages = 0;
        foreach (var row in graph.Conversations.Values)
        {
            messages += row.MessageCount;
            replies += row.ReplySeconds.Length;
            conversationsWithMessages += row.MessageCount > 0 ? 1 : 0;
        }

        var creator = graph.CreatorId is not null || messages > 0 ? 1 : 0;
        var paid = graph.Transactions.Values.Count(t => t.FanId is not null);
        return new GraphStats
        {
            NodeCount = creator + graph.Fans.Count + graph.Conversations.Count + messages,
            EdgeCount = messages + replies + paid + (messages - conversationsWithMessages),
            Fans = graph.Fans.Count,
            Conversations = graph.Conversations.Count,
            Messages = messages,
            Transactions = graph.Transactions.Count,
        };
    }
}
