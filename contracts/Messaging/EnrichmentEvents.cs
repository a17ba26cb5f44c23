using Platform.Contracts.Model;

namespace Platform.Contracts.Messaging;

/// <summary>
/// Enrichment to graph: everything enrichment learnt from one ingested batch (or from rescoring a user's
/// fans after a snapshot), in one message so graph applies it in one round trip and pushes each changed
/// conversation once, however many messages and fans it covers.
/// </summary>
public sealed record MessagesEnriched : IUserScoped
{
    public required string UserId { get; init; }
    public IReadOnlyList<EnrichedMessage> Messages { get; init; } = [];
    public IReadOnlyList<FanScores> Scores { get; init; } = [];
}

/// <summary>What one inbound message says.</summary>
public sealed record EnrichedMessage
{
    public required string ChatId { get; init; }
    public required string MessageId { get; init; }
    /// <summary>-1..1.</summary>
    public required double Sentiment { get; init; }
    public IReadOnlyList<string> Intents { get; init; } = [];
    public IReadOnlyList<string> Money { get; init; } = [];
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public IReadOnlyList<string> Urls { get; init; } = [];
}
