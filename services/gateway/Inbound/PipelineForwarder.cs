using System.Runtime.Serialization;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Contracts.Serialization;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound;

/// <summary>
/// Sends a frame's broker message and awaits the broker's confirm inside the read loop, which keeps the
/// connection's order; then acks the frame's id. No confirm in time: <c>unavailable</c>, no ack, and
/// the client resends. After such a failure on the ingest pipeline the frames behind it are refused until
/// the failed one comes again: otherwise a frame the broker confirms once it is back would be stored
/// before the earlier one's resend (the chaos tier's RabbitMQ restart reordered one message per user).
/// A message that cannot be serialised is refused for good (<c>invalid_payload</c>) and fences nothing.
/// </summary>
internal sealed class PipelineForwarder(IPipelineSender sender, IOptions<GatewayOptions> options, ILogger<PipelineForwarder> logger)
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.PublishTimeoutSeconds);

    public async ValueTask<bool> ForwardAsync<T>(GatewayConnection connection, string pipeline, T message, string? frameId, CancellationToken ct)
        where T : class, IUserScoped
    {
        var ordered = pipeline == Pipelines.Ingest && frameId is not null;
        if (ordered && connection.IngestFence is { } fence)
        {
            if (fence != frameId)
            {
                connection.Send(GatewayFrames.Error(GatewayFrames.Unavailable, "an earlier frame was not accepted: resend from it", frameId));
                return false;
            }

            connection.IngestFence = null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        try
        {
            await sender.SendAsync(pipeline, message, timeout.Token);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsUnwritable(e))
        {
            // No resend can ever succeed: "unavailable" would make the Agent retry it forever and, through the
            // fence, hold back every later frame of the user. Refused for good instead.
            GatewayLog.PublishFailed(logger, connection.Id, pipeline, e.Message);
            connection.Send(GatewayFrames.Refused(FrameErrorCodes.InvalidPayload, "the frame cannot be forwarded: its content cannot be serialised", frameId));
            return false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            GatewayLog.PublishFailed(logger, connection.Id, pipeline, e.Message);
            if (ordered)
            {
                connection.IngestFence = frameId;
            }

            connection.Send(GatewayFrames.Error(GatewayFrames.Unavailable, "the frame was not accepted: resend it later", frameId));
            return false;
        }

        if (frameId is not null)
        {
            connection.Send(GatewayFrames.Ack(frameId));
        }

        return true;
    }

    private static bool IsUnwritable(Exception e) =>
        e is SerializationException || e.InnerException is { } inner && IsUnwritable(inner);
}
