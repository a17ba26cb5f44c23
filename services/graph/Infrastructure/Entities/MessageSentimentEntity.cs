namespace Platform.Graph.Infrastructure.Entities;

/// <summary>Enrichment's reading of one inbound message; may arrive before the message itself.</summary>
public sealed class MessageSentimentEntity
{
    public required string UserId { get; set; }
    public required string MessageId { get; set; }
    public required string ChatId { get; set; }
    public double Sentiment { get; set; }
    public string[] Intents { get; set; } = [];
}
