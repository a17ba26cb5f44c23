using Platform.Graph.Processing;
using Platform.Graph.Storage;
using Platform.ServiceDefaults;

namespace Platform.Graph.Api;

internal static class ConversationsApi
{
    public static void MapConversationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/conversations", async (
            HttpContext http, GraphCache cache, TimeProvider time,
            int? limit, string? cursor, int? offset, string? sort, bool? unread, bool? awaiting, bool? spender, string? tag) =>
        {
            var query = new ConversationQuery(limit, cursor, offset, sort, unread, awaiting, spender, tag);
            var nodes = await cache.RunAsync(http.User.UserId(), load: true, g => Task.FromResult(GraphFrames.Nodes(g, time.GetUtcNow())), http.RequestAborted);
            return query.Apply(nodes);
        }).WithName("ListConversations").WithSummary("The inbox: conversations, filtered, sorted and paged");

        api.MapGet("/conversations/{chatId}/messages", async (HttpContext http, ThreadReader threads, string chatId, string? before, int? limit) =>
        {
            var (messages, hasMore) = await threads.PageAsync(http.User.UserId(), chatId, before, limit ?? 50, http.RequestAborted);
            return new MessagePage(messages, hasMore, hasMore && messages.Count > 0 ? messages[0].Id : null);
        }).WithName("ListMessages").WithSummary("A chat's messages, paged backwards from before (exclusive); each page oldest first");
    }
}
