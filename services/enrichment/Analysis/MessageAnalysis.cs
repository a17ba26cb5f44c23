namespace Platform.Enrichment.Analysis;

/// <summary>What one message says.</summary>
internal sealed record MessageAnalysis(
    double Sentiment,
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> Money,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> Urls)
{
    /// <summary>A complaint, churn signal or price objection is never positive, whatever its words ("I paid and didn't get it").</summary>
    private const double ComplaintCeiling = -0.2;

    public static MessageAnalysis Of(string text)
    {
        var intents = IntentClassifier.Classify(text);
        var sentiment = SentimentAnalyzer.Score(text);
        if (intents.Contains(Analysis.Intents.Complaint) || intents.Contains(Analysis.Intents.ChurnSignal) || intents.Contains(Analysis.Intents.PriceObjection))
        {
            sentiment = Math.Min(sentiment, ComplaintCeiling);
        }

        return new(sentiment, intents, EntityExtractor.Money(text), EntityExtractor.Mentions(text), EntityExtractor.Urls(text));
    }
}
