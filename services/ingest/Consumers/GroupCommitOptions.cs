namespace Platform.Ingest.Consumers;

/// <summary>How a partition's inputs are grouped into one transaction.</summary>
public static class GroupCommitOptions
{
    /// <summary>Inputs per transaction at most; also the partition consumer's concurrent message limit.</summary>
    public const int MaxInputs = 100;

    /// <summary>
    /// How long the next batch waits for a message that the concurrent receive tasks handed over late. Only a
    /// gap in the delivery tags waits; a loaded machine can delay a receive task by tens of milliseconds.
    /// </summary>
    public static readonly TimeSpan ReorderWait = TimeSpan.FromMilliseconds(500);

    /// <summary>Pause before the next attempt of a batch after a transient fault: 200 ms growing to 2 s.</summary>
    public static TimeSpan TransientBackoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(2_000, 200 * attempt * attempt));
}
