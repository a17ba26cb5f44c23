using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Enrichment.Infrastructure;
using Platform.Messaging.Outbound;

namespace Platform.Enrichment.Commands;

/// <summary>Tells the user's sockets about a command: its state to the dashboards, the command itself to the Agents.</summary>
internal sealed class CommandNotifier(IOutboundPublisher outbound)
{
    public ValueTask StatusAsync(CommandRow row, CancellationToken ct) =>
        outbound.PublishAsync(row.UserId, OutboundAudience.Bridges, new CommandStatusMessage
        {
            Payload = new CommandStatusPayload { Command = row.ToCommand(), State = row.State, Error = row.Error, UpdatedAt = row.UpdatedAt },
        }, ct);

    /// <summary>Only ever called by the one transition into Approved, so a command is executed at most once.</summary>
    public async ValueTask ExecuteAsync(CommandRow row, CancellationToken ct)
    {
        var frame = new CommandToExecuteMessage { Payload = new CommandToExecutePayload { Command = row.ToCommand() } };
        await outbound.PublishAsync(row.UserId, OutboundAudience.Agents, frame, ct);
        await outbound.PublishAsync(row.UserId, OutboundAudience.Bridges, frame, ct);
    }

    public ValueTask ErrorAsync(string userId, string connectionId, string code, string message, CancellationToken ct) =>
        outbound.PublishAsync(userId, OutboundAudience.ToConnection(connectionId), new SystemErrorMessage
        {
            Payload = new SystemErrorPayload { Code = code, Message = message, Recoverable = true },
        }, ct);

    /// <summary>A command just approved: its status, then the command for the Agents.</summary>
    public async ValueTask ApprovedAsync(CommandRow row, CancellationToken ct)
    {
        await StatusAsync(row, ct);
        if (row.State == CommandState.Approved)
        {
            await ExecuteAsync(row, ct);
        }
    }
}
