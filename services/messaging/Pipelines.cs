namespace Platform.Messaging;

/// <summary>
/// The partitioned pipelines of the Brain. Each has one durable direct exchange <c>platform.{name}</c>
/// and partition queues <c>{name}-p{i}</c> bound by routing key <c>p{i}</c>, each with a single active
/// consumer: per-user order, users spread over partitions, a standby replica takes over on failure.
/// </summary>
public static class Pipelines
{
    public const string Ingest = "ingest";
    public const string Graph = "graph";
    public const string Enrichment = "enrichment";

    public static string ExchangeName(string pipeline) => $"platform.{pipeline}";

    public static Uri ExchangeAddress(string pipeline) => new($"exchange:{ExchangeName(pipeline)}?type=direct&durable=true");

    public static string QueueName(string pipeline, int partition) => $"{pipeline}-p{partition}";

    public static string RoutingKey(int partition) => $"p{partition}";
}
