namespace Platform.Enrichment.Suggestions;

/// <summary>A fan message that awaits a reply and should get a suggestion.</summary>
internal sealed record SuggestionJob(
    string UserId,
    string ChatId,
    string MessageId,
    string Text,
    IReadOnlyList<string> Intents,
    bool IsTip,
    decimal TipAmount);

/// <summary>What a reply is written from: the fan's message and what is known about the fan.</summary>
internal sealed record SuggestionContext(
    SuggestionJob Job,
    string? FanName,
    decimal FanSpend,
    string? LastPurchaseKind,
    decimal? LastPurchaseAmount,
    DateTimeOffset? LastPurchaseAt,
    DateTimeOffset? LastReplyAt,
    DateTimeOffset Now)
{
    /// <summary>The intent a reply answers: the most urgent one the message has.</summary>
    public string? PrimaryIntent => Analysis.Intents.ByUrgency.FirstOrDefault(Job.Intents.Contains);
}
