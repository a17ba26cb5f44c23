using Platform.Contracts.Messaging;
using Platform.Ingest.Pipeline;
using Platform.Messaging.GroupCommit;

namespace Platform.Ingest.Consumers;

/// <summary>Ingest's group commit: a partition's captured traffic is stored by <see cref="TrafficIngestor"/> in batches.</summary>
public sealed class IngestGroupCommit : GroupCommit<IngestCapturedTraffic>
{
    public IngestGroupCommit(TrafficIngestor ingestor, ILogger<IngestGroupCommit> logger)
        : base(ingestor.IngestAsync, logger)
    {
    }

    /// <param name="apply">Stores a batch in one transaction (tests record the order instead).</param>
    internal IngestGroupCommit(Func<IReadOnlyList<IngestCapturedTraffic>, CancellationToken, Task> apply, ILogger logger)
        : base(apply, logger)
    {
    }
}
