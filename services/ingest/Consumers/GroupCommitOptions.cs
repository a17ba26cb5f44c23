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

    /// <summary>Attempts of a whole batch on a transient fault (database or broker briefly away), order kept meanwhile.</summary>
    public const int TransientAttempts = 4;
}
