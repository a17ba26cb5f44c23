using Platform.Contracts.Messaging;
using Platform.Enrichment.Ingestion;
using Platform.Messaging.GroupCommit;

namespace Platform.Enrichment.Consumers;

/// <summary>
/// Enrichment's group commit: a partition's ingested batches waiting while the previous ones were analysed are
/// analysed together, in one transaction (one round trip per table instead of a transaction per batch, which left
/// a partition behind at 100 msgs/s). The partition's other messages run alone, in their place.
/// </summary>
public sealed class EnrichmentGroupCommit(IServiceScopeFactory scopes, ILogger<EnrichmentGroupCommit> logger)
    : GroupCommit<MessagesIngested>((batches, ct) => ApplyAsync(scopes, batches, ct), logger)
{
    private static async Task ApplyAsync(IServiceScopeFactory scopes, IReadOnlyList<MessagesIngested> batches, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IngestedBatchHandler>().HandleAsync(batches, ct);
    }
}
