namespace Platform.Ingest;

/// <summary>Section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>A snapshot with no new chunk for this long is reported failed.</summary>
    public TimeSpan SnapshotTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often open snapshots are checked.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long committed input keys are remembered (redelivery detection).</summary>
    public TimeSpan InputRetention { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Messages per MessagesIngested when a re-parse re-publishes a user's data.</summary>
    public int RepublishChunkSize { get; set; } = 2_000;
}
