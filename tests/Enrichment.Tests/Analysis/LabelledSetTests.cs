using Platform.Enrichment.Analysis;
using Xunit.Abstractions;

namespace Platform.Enrichment.Tests.Analysis;

public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledMessage> Set = LabelledMessage.Load();

    [Fact]
    public void Should_have_at_least_100_labelled_messages() => Assert.True(Set.Count >= 100, $"{Set.Count} rows");

    [Fact]
    public void Should_get_the_sentiment_sign_right_on_at_least_85_percent()
    {
        var polar = Set.Where(m => m.Sentiment != "neu").ToList();
        var wrong = polar.Where(m => Math.Sign(MessageAnalysis.Of(m.Text).Sentiment) != (m.Sentiment == "pos" ? 1 : -1)).ToList();
        foreach (var m in wrong)
        {
            output.WriteLine($"wrong sign {MessageAnalysis.Of(m.Text).Sentiment:0.00} for {m.Sentiment}: {m.Text}");
        }

        var accuracy = 1.0 - ((double)wrong.Count / polar.Count);
        output.WriteLine($"sentiment sign accuracy {accuracy:P1} on {polar.Count} messages");
        Assert.True(accuracy >= 0.85, $"accuracy {accuracy:P1}");
    }

    [Fact]
    public void Should_keep_neutral_messages_near_zero()
    {
        var neutral = Set.Where(m => m.Sentiment == "neu").ToList();
        var strong = neutral.Where(m => Math.Abs(SentimentAnalyzer.Score(m.Text)) >= 0.5).Select(m => m.Text).ToList();
        Assert.True(strong.Count <= neutral.Count / 10, "strong scores on neutral text: " + string.Join(" | ", strong));
    }

    [Theory]
    [InlineData(Intents.Greeting)]
    [InlineData(Intents.Question)]
    [InlineData(Intents.PurchaseInterest)]
    [InlineData(Intents.ContentRequest)]
    [InlineData(Intents.Complaint)]
    [InlineData(Intents.Scheduling)]
    [InlineData(Intents.ChurnSignal)]
    [InlineData(Intents.PriceObjection)]
    public void Should_recognise_each_intent_on_its_examples(string intent)
    {
        var examples = Set.Where(m => m.Intents.Contains(intent)).ToList();
        Assert.True(examples.Count >= 8, $"only {examples.Count} examples of {intent}");
        var missed = examples.Where(m => !IntentClassifier.Classify(m.Text).Contains(intent)).Select(m => m.Text).ToList();
        Assert.True(missed.Count == 0, $"{intent} missed on: " + string.Join(" | ", missed));
    }

    [Fact]
    public void Should_rarely_see_intents_that_are_not_there()
    {
        var spurious = Set
            .SelectMany(m => IntentClassifier.Classify(m.Text).Where(i => !m.Intents.Contains(i)).Select(i => $"{i}: {m.Text}"))
            .ToList();
        foreach (var line in spurious)
        {
            output.WriteLine("spurious " + line);
        }

        Assert.True(spurious.Count <= Set.Count / 10, $"{spurious.Count} spurious intents: " + string.Join(" | ", spurious));
    }
}
