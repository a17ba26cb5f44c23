using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>
/// Subscribes this connection to one of its own user's chats and asks the graph for the thread's
/// history, which comes back to this connection only. The topic is keyed under the token's user, so
/// a chat id can only ever address the caller's own data.
/// </summary>
internal sealed class SubscribeHandler(PipelineForwarder forwarder, IOptions<GatewayOptions> options) : FrameHandler<SubscribeMessage>
{
    protected override async ValueTask HandleAsync(GatewayConnection connection, SubscribeMessage frame, CancellationToken cancellationToken)
    {
        var topic = frame.Payload.Topic;
        IncomingFrameRules.TryParseChatTopic(topic, out var chatId);
        if (!connection.Topics.TryAdd(topic, options.Value.MaxSubscriptionsPerConnection))
        {
            connection.Send(GatewayFrames.Error(GatewayFrames.LimitExceeded, $"at most {options.Value.MaxSubscriptionsPerConnection} subscriptions per connection", frame.Id));
            return;
        }

        var request = new RequestThreadHistory { UserId = connection.UserId, ConnectionId = connection.Id, ChatId = chatId };
        await forwarder.ForwardAsync(connection, Pipelines.Graph, request, frame.Id, cancellationToken);
    }
}
