using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Wss.Incoming;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Commands;

/// <summary>The creator's decisions (<c>send_message</c>) and the Agent's results, applied to the command state machine.</summary>
internal sealed partial class CommandWorkflow(
    CommandStore store,
    Guardrails guardrails,
    CommandNotifier notify,
    TimeProvider clock,
    ILogger<CommandWorkflow> logger)
{
    public Task HandleAsync(SendMessageRequested request, CancellationToken ct) => request switch
    {
        { CommandId: null } => SendCreatorTextAsync(request, ct),
        { Decision: SendDecision.Reject } => RejectAsync(request, request.CommandId, ct),
        _ => ApproveAsync(request, request.CommandId, ct),
    };

    public async Task RecordResultAsync(CommandResultReported result, CancellationToken ct)
    {
        var state = result.Outcome == CommandOutcome.Sent ? CommandState.Sent : CommandState.Failed;
        var error = state == CommandState.Failed ? result.Error ?? "The Agent reported a failure without a reason." : null;
        if (!await store.TryRecordResultAsync(result.UserId, result.CommandId, state, error, result.SiteMessageId, result.ExecutedAt, ct))
        {
            LogIgnoredResult(result.CommandId, result.Outcome.ToString());
            return;
        }

        if (await store.FindAsync(result.UserId, result.CommandId, ct) is { } row)
        {
            await notify.StatusAsync(row, ct);
        }
    }

    private async Task SendCreatorTextAsync(SendMessageRequested request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var blocked = guardrails.Check(request.Text, request.Price);
        var row = new CommandRow
        {
            UserId = request.UserId,
            // Derived from the request, so a redelivered request finds its command instead of sending twice.
            CommandId = CreatorCommandId(request),
            ChatId = request.ChatId,
            Text = request.Text ?? "",
            Price = request.Price,
            Reason = "written by the creator",
            RequiresApproval = false,
            State = blocked is null ? CommandState.Approved : CommandState.Blocked,
            Error = blocked,
            CreatedAt = now,
            UpdatedAt = now,
            ApprovedAt = blocked is null ? now : null,
        };
        if (await store.TryCreateAsync(row, ct))
        {
            await notify.ApprovedAsync(row, ct);
        }
    }

    private async Task ApproveAsync(SendMessageRequested request, string commandId, CancellationToken ct)
    {
        if (await FindForDecisionAsync(request, commandId, ct) is not { } row)
        {
            return;
        }

        var text = string.IsNullOrWhiteSpace(request.Text) ? row.Text : request.Text.Trim();
        var price = request.Price ?? row.Price;
        if (guardrails.Check(text, price) is { } reason)
        {
            if (await store.TryCloseAsync(row.UserId, commandId, CommandState.Blocked, reason, ct))
            {
                await notify.StatusAsync(await store.FindAsync(row.UserId, commandId, ct) ?? row, ct);
            }

            return;
        }

        if (await store.TryApproveAsync(row.UserId, commandId, text, price, ct))
        {
            await notify.ApprovedAsync(await store.FindAsync(row.UserId, commandId, ct) ?? row, ct);
        }
        else
        {
            LogAlreadyDecided(commandId, row.State.ToString());
        }
    }

    private async Task RejectAsync(SendMessageRequested request, string commandId, CancellationToken ct)
    {
        if (await FindForDecisionAsync(request, commandId, ct) is not { } row)
        {
            return;
        }

        if (await store.TryCloseAsync(row.UserId, commandId, CommandState.Rejected, null, ct))
        {
            await notify.StatusAsync(await store.FindAsync(row.UserId, commandId, ct) ?? row, ct);
        }
    }

    private async Task<CommandRow?> FindForDecisionAsync(SendMessageRequested request, string commandId, CancellationToken ct)
    {
        var row = await store.FindAsync(request.UserId, commandId, ct);
        if (row is null || row.ChatId != request.ChatId)
        {
            await notify.ErrorAsync(request.UserId, request.ConnectionId, "unknown_command",
                $"No command {commandId} for chat {request.ChatId}.", ct);
            return null;
        }

        return row;
    }

    private static string CreatorCommandId(SendMessageRequested request)
    {
        var key = $"{request.UserId}\n{request.ConnectionId}\n{request.ChatId}\n{request.RequestedAt.UtcTicks}\n{request.Text}\n{request.Price}";
        return "cmd-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Approval of command {CommandId} ignored: it is already {State}")]
    private partial void LogAlreadyDecided(string commandId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Result {Outcome} for command {CommandId} ignored: unknown or already final")]
    private partial void LogIgnoredResult(string commandId, string outcome);
}
