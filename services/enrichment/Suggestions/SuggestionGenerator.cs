using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Platform.Enrichment.Suggestions;

/// <summary>
/// Streams a reply: from the remote model when configured, within its timeout; on any failure or a
/// timeout, from the built-in engine (finish reason <c>fallback</c>). The returned text is authoritative.
/// </summary>
internal sealed partial class SuggestionGenerator(ReplyGenerators generators, ILogger<SuggestionGenerator> logger)
{
    public const string Completed = "completed";
    public const string Fallback = "fallback";

    public async Task<(string Text, string FinishReason)> GenerateAsync(
        SuggestionContext context, Func<string, ValueTask> onChunk, CancellationToken ct)
    {
        var (messages, options) = ReplyPrompt.Build(context);
        if (generators.Remote is { } remote)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(generators.RemoteTimeout);
            try
            {
                var text = await StreamAsync(remote, messages, options, onChunk, timeout.Token);
                if (text.Length > 0)
                {
                    return (text, Completed);
                }

                LogRemoteFailed(context.Job.ChatId, "empty answer");
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogRemoteFailed(context.Job.ChatId, timeout.IsCancellationRequested ? "timed out" : e.Message);
            }
        }

        var fallback = await StreamAsync(generators.BuiltIn, messages, options, onChunk, ct);
        return (fallback, generators.Remote is null ? Completed : Fallback);
    }

    private static async Task<string> StreamAsync(
        IChatClient client, List<ChatMessage> messages, ChatOptions options, Func<string, ValueTask> onChunk, CancellationToken ct)
    {
        var text = new StringBuilder();
        await foreach (var update in client.GetStreamingResponseAsync(messages, options, ct))
        {
            if (!string.IsNullOrEmpty(update.Text))
            {
                text.Append(update.Text);
                await onChunk(update.Text);
            }
        }

        return text.ToString().Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remote model failed for chat {ChatId} ({Reason}); the built-in engine answers")]
    private partial void LogRemoteFailed(string chatId, string reason);
}
