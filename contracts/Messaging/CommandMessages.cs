using Platform.Contracts.Wss.Incoming;

namespace Platform.Contracts.Messaging;

/// <summary>Gateway to enrichment: a dashboard sent <c>send_message</c> (a new message, or a decision on a suggested command).</summary>
public sealed record SendMessageRequested : IUserScoped
{
    public required string UserId { get; init; }
    public required string ConnectionId { get; init; }
    public required string ChatId { get; init; }
    public string? Text { get; init; }
    public decimal? Price { get; init; }
    public string? CommandId { get; init; }
    public SendDecision? Decision { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
}

/// <summary>Gateway to enrichment: an Agent reported a command's outcome.</summary>
public sealed record CommandResultReported : IUserScoped
{
    public required string UserId { get; init; }
    public required string ConnectionId { get; init; }
    public required string CommandId { get; init; }
    public required CommandOutcome Outcome { get; init; }
    public string? Error { get; init; }
    public string? SiteMessageId { get; init; }
    public DateTimeOffset? ExecutedAt { get; init; }
    public required DateTimeOffset ReportedAt { get; init; }
}
