using Platform.Contracts.Model;

namespace Platform.Contracts.Messaging;

/// <summary>Enrichment to graph: what one inbound message says.</summary>
public sealed record MessageEnriched : IUserScoped
{
    public required string UserId { get; init; }
    public required string ChatId { get; init; }
    public required string MessageId { get; init; }
    /// <summary>-1..1.</summary>
    public required double Sentiment { get; init; }
    public IReadOnlyList<string> Intents { get; init; } = [];
    public IReadOnlyList<string> Money { get; init; } = [];
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public IReadOnlyList<string> Urls { get; init; } = [];
}

/// <summary>Enrichment to graph: a fan's scores changed.</summary>
public sealed record FanScored : IUserScoped
{
    public required string UserId { get; init; }
    public required FanScores Scores { get; init; }
}
