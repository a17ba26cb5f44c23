namespace Platform.Ingest.Infrastructure.Entities;

/// <summary>Which chunks of a snapshot are in; the sweeper fails snapshots whose chunks stopped arriving.</summary>
public sealed class SnapshotProgressRow
{
    public required string UserId { get; set; }
    public required string SnapshotId { get; set; }
    public int ChunkCount { get; set; }
    public required int[] Received { get; set; }
    public int Events { get; set; }
    public int Fans { get; set; }
    public int Chats { get; set; }
    public int Messages { get; set; }
    public int Transactions { get; set; }
    /// <summary><c>open</c>, <c>complete</c> or <c>failed</c>.</summary>
    public required string Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// Inputs already committed, and whether their results were sent: a redelivery after a crash between
/// commit and send re-sends the input's rows instead of losing them.
/// </summary>
public sealed class IngestedInputRow
{
    public required string UserId { get; set; }
    public required string InputKey { get; set; }
    public bool Published { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
