using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Enrichment.Suggestions;

/// <summary>Generates queued suggestions, a few at a time.</summary>
internal sealed partial class SuggestionWorker(
    SuggestionQueue queue,
    IServiceScopeFactory scopes,
    IOptions<EnrichmentOptions> options,
    ILogger<SuggestionWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Suggestions.Workers), CancellationToken = stoppingToken },
            async (job, ct) =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SuggestionService>().SuggestAsync(job, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    LogFailed(job.ChatId, job.MessageId, e);
                }
            });

    [LoggerMessage(Level = LogLevel.Error, Message = "Suggestion for chat {ChatId} (message {MessageId}) failed")]
    private partial void LogFailed(string chatId, string messageId, Exception error);
}
