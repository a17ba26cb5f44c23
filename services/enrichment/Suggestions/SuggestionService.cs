using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Outgoing;
using Platform.Enrichment.Commands;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Settings;
using Platform.Messaging.Outbound;

namespace Platform.Enrichment.Suggestions;

/// <summary>
/// One suggestion: streamed to the dashboards, then stored as a command that waits for approval, or, in
/// auto mode for a fan below the spend threshold, approved at once (after the guardrails).
/// </summary>
internal sealed class SuggestionService(
    SuggestionContextLoader contexts,
    SuggestionGenerator generator,
    CommandStore commands,
    AccountSettingsStore settings,
    Guardrails guardrails,
    CommandNotifier notify,
    IOutboundPublisher outbound,
    TimeProvider clock)
{
    public async Task SuggestAsync(SuggestionJob job, CancellationToken ct)
    {
        if (await commands.HasSuggestionForAsync(job.UserId, job.MessageId, ct))
        {
            return;
        }

        var context = await contexts.LoadAsync(job, ct);
        var streamId = "sug-" + Guid.NewGuid().ToString("N");
        var commandId = "cmd-" + Guid.NewGuid().ToString("N");
        var reason = Reason(context);
        await outbound.PublishAsync(job.UserId, OutboundAudience.Bridges, new StreamStartMessage
        {
            Payload = new StreamStartPayload { StreamId = streamId, ChatId = job.ChatId, CommandId = commandId, Reason = reason },
        }, ct);
        var index = 0;
        var chunks = new StreamChunkBatcher(chunk => outbound.PublishAsync(job.UserId, OutboundAudience.Bridges,
            new StreamChunkMessage { Payload = new StreamChunkPayload { StreamId = streamId, Index = index++, Text = chunk } }, ct), clock);
        var (text, finishReason) = await generator.GenerateAsync(context, chunks.AddAsync, ct);
        await chunks.FlushAsync();
        // The command exists before stream_end names it, so an approval right after the stream finds it.
        var row = await NewCommandAsync(context, commandId, text, reason, ct);
        var created = await commands.TryCreateAsync(row, ct);
        await outbound.PublishAsync(job.UserId, OutboundAudience.Bridges, new StreamEndMessage
        {
            Payload = new StreamEndPayload { StreamId = streamId, Text = text, CommandId = commandId, FinishReason = finishReason },
        }, ct);

        if (created)
        {
            await notify.ApprovedAsync(row, ct);
        }
    }

    private async Task<CommandRow> NewCommandAsync(SuggestionContext context, string commandId, string text, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await settings.GetAsync(context.Job.UserId, ct);
        var automatic = account.SendsWithoutApproval(context.FanSpend);
        var blocked = automatic ? guardrails.Check(text, null) : null;
        return new CommandRow
        {
            UserId = context.Job.UserId,
            CommandId = commandId,
            ChatId = context.Job.ChatId,
            Text = text,
            Reason = automatic ? reason + "; auto mode" : reason,
            RequiresApproval = !automatic,
            State = !automatic ? CommandState.PendingApproval : blocked is null ? CommandState.Approved : CommandState.Blocked,
            Error = blocked,
            SourceMessageId = context.Job.MessageId,
            CreatedAt = now,
            UpdatedAt = now,
            ApprovedAt = automatic && blocked is null ? now : null,
        };
    }

    private static string Reason(SuggestionContext context) => context.PrimaryIntent is { } intent
        ? $"reply to {intent.Replace('_', ' ')}"
        : context.Job.IsTip ? "thank for a tip" : "reply to a new message";
}
