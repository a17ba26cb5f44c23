using System.Net.WebSockets;
using Platform.Contracts.Serialization;
using Platform.Gateway.Connections;

namespace Platform.Gateway.Inbound;

/// <summary>
/// Every incoming frame: rate limit, parse with the contracts' parser, check the sender's role, hand to
/// the registered handler. Whatever is wrong becomes a <c>system_error</c>; nothing here throws.
/// </summary>
internal sealed class FrameDispatcher(FrameHandlerRegistry registry, ILogger<FrameDispatcher> logger)
{
    public async ValueTask DispatchAsync(GatewayConnection connection, WebSocketMessageType type, ReadOnlyMemory<byte> utf8, CancellationToken ct)
    {
        if (!connection.RateLimit.TryTake())
        {
            Reject(connection, FrameErrorCodes.RateLimited, "too many frames: slow down", null);
            return;
        }

        if (type == WebSocketMessageType.Binary)
        {
            Reject(connection, FrameErrorCodes.BinaryNotSupported, "binary frames are not supported: send JSON text frames", null);
            return;
        }

        var parsed = WssFrameParser.Parse(utf8.Span);
        if (parsed.Message is not { } frame)
        {
            if (parsed.ErrorCode == FrameErrorCodes.InvalidPayload && TopicGuard.IsForeignTopic(utf8))
            {
                Reject(connection, FrameErrorCodes.Forbidden, "topics are chat:{chatId} of your own chats", parsed.FrameId, parsed.Problems);
                return;
            }

            Reject(connection, parsed.ErrorCode ?? FrameErrorCodes.InvalidEnvelope, Describe(parsed), parsed.FrameId, parsed.Problems);
            return;
        }

        var known = IncomingMessageTypes.Of(frame);
        if (!known.SentBy.Contains(connection.Role))
        {
            Reject(connection, FrameErrorCodes.Forbidden, $"`{known.Discriminator}` cannot be sent by a {connection.Role.ToString().ToLowerInvariant()} connection", frame.Id);
            return;
        }

        try
        {
            await registry.For(frame).HandleAsync(connection, frame, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            GatewayLog.HandlerFailed(logger, e, connection.Id, known.Discriminator);
            connection.Send(GatewayFrames.Error(FrameErrorCodes.Internal, "the frame could not be handled", frame.Id));
        }
    }

    private void Reject(GatewayConnection connection, string code, string message, string? frameId, IReadOnlyList<string>? problems = null)
    {
        GatewayLog.InvalidFrame(logger, connection.Id, code);
        connection.Send(GatewayFrames.Error(code, message, frameId, problems));
    }

    private static string Describe(FrameParseResult parsed) =>
        parsed.Problems.Count > 0 ? $"invalid frame: {parsed.Problems[0]}" : "invalid frame";
}
