using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Connections;
using Platform.Messaging;

namespace Platform.Gateway.Inbound.Handlers;

/// <summary>The Agent's report on a command: to enrichment.</summary>
internal sealed class CommandResultHandler(PipelineForwarder forwarder, TimeProvider clock) : FrameHandler<CommandResultMessage>
{
    protected override async ValueTask HandleAsync(GatewayConnection connection, CommandResultMessage frame, CancellationToken cancellationToken)
    {
        var result = frame.Payload;
        var message = new CommandResultReported
        {
            UserId = connection.UserId,
            ConnectionId = connection.Id,
            CommandId = result.CommandId,
            Outcome = result.Status,
            Error = result.Error,
            SiteMessageId = result.SiteMessageId,
            ExecutedAt = result.ExecutedAt,
            ReportedAt = clock.GetUtcNow(),
        };
        await forwarder.ForwardAsync(connection, Pipelines.Enrichment, message, frame.Id, cancellationToken);
    }
}
