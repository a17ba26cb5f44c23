namespace Platform.Contracts.Model;

/// <summary>One message of a chat as the dashboard shows it. <see cref="Text"/> is plain text, never HTML.</summary>
public sealed record ChatMessage
{
    public required string Id { get; init; }
    public required string ChatId { get; init; }
    public required string Text { get; init; }
    public required MessageDirection Direction { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public decimal Price { get; init; }
    public bool IsFree { get; init; } = true;
    public bool? IsOpened { get; init; }
    public bool IsTip { get; init; }
    public decimal TipAmount { get; init; }
    public int MediaCount { get; init; }
    public IReadOnlyList<string> MediaKinds { get; init; } = [];
    /// <summary>Sent through the site's mass-message queue.</summary>
    public bool IsFromQueue { get; init; }
    /// <summary>-1..1 from enrichment; null until known.</summary>
    public double? Sentiment { get; init; }
    public IReadOnlyList<string>? Intents { get; init; }
}
