using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Graph.Storage;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Processing;

/// <summary>Answers one connection: its current <c>full_sync_response</c> or a page of <c>thread_history</c>.</summary>
internal sealed class ConnectionRequestHandler(GraphCache cache, ThreadReader threads, IOutboundPublisher outbound, TimeProvider time)
{
    public Task HandleAsync(RequestFullSync request, CancellationToken cancellationToken) =>
        cache.RunAsync(request.UserId, load: true, graph =>
            outbound.PublishAsync(request.UserId, OutboundAudience.ToConnection(request.ConnectionId),
                GraphFrames.FullSync(graph, SnapshotHandler.CurrentSnapshotId, time.GetUtcNow()), cancellationToken).AsTask(),
            cancellationToken);

    public async Task HandleAsync(RequestThreadHistory request, CancellationToken cancellationToken)
    {
        var (messages, hasMore) = await threads.PageAsync(request.UserId, request.ChatId, request.BeforeMessageId, request.Limit, cancellationToken);
        OutgoingWssMessage frame = new ThreadHistoryMessage
        {
            Payload = new ThreadHistoryPayload { ChatId = request.ChatId, Messages = messages, HasMore = hasMore },
        };
        await outbound.PublishAsync(request.UserId, OutboundAudience.ToConnection(request.ConnectionId), frame, cancellationToken);
    }
}
