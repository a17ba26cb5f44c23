namespace Platform.Messaging;

/// <summary>Section <c>Messaging</c>. Every service of one deployment must use the same partition count.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Partition queues per pipeline; a user always maps to the same one.</summary>
    public int Partitions { get; set; } = 8;

    /// <summary>Messages a partition consumer may hold unacknowledged (batching under load).</summary>
    public int PrefetchCount { get; set; } = 128;

    /// <summary>Quorum queues for the durable pipelines (RabbitMQ 3.8+); classic durable queues otherwise.</summary>
    public bool QuorumQueues { get; set; } = true;

    /// <summary>A pipeline send not confirmed within this fails as a transient fault (and is retried).</summary>
    public double SendTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries before a message goes to the partition's <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;
}
