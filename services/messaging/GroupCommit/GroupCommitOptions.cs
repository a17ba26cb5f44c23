namespace Platform.Messaging.GroupCommit;

/// <summary>How a partition's inputs are grouped into one transaction.</summary>
public static class GroupCommitOptions
{
    /// <summary>Inputs per transaction at most; also the partition consumer's concurrent message limit.</summary>
    public const int MaxInputs = 100;

    /// <summary>
    /// When a missing delivery tag that holds later inputs back is logged. Only logged: the tag is still being received
    /// or retried (a retry waits up to 5 s, a transient fault is waited out), and committing past it would break the order.
    /// </summary>
    public static readonly TimeSpan SlowDeliveryWarning = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long inputs behind a tag handed back to the broker wait while their channel stays open (MassTransit cancels
    /// them within its 20 s consumer stop timeout when the channel or the endpoint goes down, the only known causes).
    /// </summary>
    public static readonly TimeSpan ReturnedHoldLimit = TimeSpan.FromSeconds(60);

    /// <summary>Pause before the next attempt of a batch after a transient fault: 200 ms growing to 2 s.</summary>
    public static TimeSpan TransientBackoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(2_000, 200 * attempt * attempt));
}
