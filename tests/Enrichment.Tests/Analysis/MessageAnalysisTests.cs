using Platform.Enrichment.Analysis;

namespace Platform.Enrichment.Tests.Analysis;

public sealed class MessageAnalysisTests
{
    [Fact]
    public void Should_flip_sentiment_under_negation() =>
        Assert.True(SentimentAnalyzer.Score("this is not good") < 0 && SentimentAnalyzer.Score("this is good") > 0);

    [Fact]
    public void Should_strengthen_sentiment_with_intensifiers() =>
        Assert.True(SentimentAnalyzer.Score("this is very good") > SentimentAnalyzer.Score("this is good"));

    [Fact]
    public void Should_score_emoji_alone() =>
        Assert.True(SentimentAnalyzer.Score("😍😍") > 0.3 && SentimentAnalyzer.Score("😡") < 0);

    [Fact]
    public void Should_stay_within_minus_one_and_one()
    {
        var score = SentimentAnalyzer.Score(string.Join(' ', Enumerable.Repeat("AMAZING love perfect 😍!!!", 40)));
        Assert.InRange(score, -1, 1);
    }

    [Fact]
    public void Should_extract_money_mentions_and_urls()
    {
        var analysis = MessageAnalysis.Of("sent $25.50 and 10 bucks, ask @mia_rose or see https://example.com/a?b=1, mail me@x.com");
        Assert.Equal(["$25.50", "10 bucks"], analysis.Money);
        Assert.Equal(["@mia_rose"], analysis.Mentions);
        Assert.Equal(["https://example.com/a?b=1"], analysis.Urls);
    }

    [Fact]
    public void Should_return_nothing_for_empty_text()
    {
        var analysis = MessageAnalysis.Of("");
        Assert.Equal(0, analysis.Sentiment);
        Assert.Empty(analysis.Intents);
    }
}
