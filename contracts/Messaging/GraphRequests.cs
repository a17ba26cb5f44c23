namespace Platform.Contracts.Messaging;

/// <summary>Gateway to graph: send the current <c>full_sync_response</c> to one connection (a dashboard that just connected or asked to resync).</summary>
public sealed record RequestFullSync : IUserScoped
{
    public required string UserId { get; init; }
    public required string ConnectionId { get; init; }
}

/// <summary>Gateway to graph: a connection subscribed to <c>chat:{ChatId}</c> and needs its <c>thread_history</c>.</summary>
public sealed record RequestThreadHistory : IUserScoped
{
    public required string UserId { get; init; }
    public required string ConnectionId { get; init; }
    public required string ChatId { get; init; }
    public int Limit { get; init; } = 50;
    /// <summary>Page backwards from this message (exclusive); null for the newest.</summary>
    public string? BeforeMessageId { get; init; }
}
