using Platform.Enrichment.Analysis;
using Platform.Enrichment.Suggestions;

namespace Platform.Enrichment.Tests.Suggestions;

public sealed class BuiltInReplyEngineTests
{
    private static SuggestionContext Context(string[] intents, string? name = "Jake Smith", string? lastPurchase = null, double? hoursSinceReply = null, bool tip = false)
    {
        var now = DateTimeOffset.UtcNow;
        return new(new SuggestionJob("u1", "1", "m1", "text", intents, tip, tip ? 10 : 0), name, 0, lastPurchase, 5, now, hoursSinceReply is { } h ? now.AddHours(-h) : null, now);
    }

    [Theory]
    [InlineData(Intents.ChurnSignal, "go")]
    [InlineData(Intents.Complaint, "sorry|fix|sort")]
    [InlineData(Intents.PriceObjection, "hear you|fair")]
    public void Should_choose_the_template_of_the_most_urgent_intent(string intent, string expected)
    {
        var reply = BuiltInReplyEngine.Compose(Context([Intents.Greeting, intent]));
        Assert.Matches(expected, reply);
        Assert.Contains("Jake", reply);
        Assert.DoesNotContain("{", reply);
    }

    [Fact]
    public void Should_thank_for_the_last_purchase_and_mention_a_long_silence()
    {
        var reply = BuiltInReplyEngine.Compose(Context([Intents.Greeting], lastPurchase: "Tip", hoursSinceReply: 24 * 5));
        Assert.StartsWith("It's been too long!", reply);
        Assert.Contains("Thank you again for the tip", reply);
    }

    [Fact]
    public void Should_thank_a_silent_tip_and_use_a_pet_name_without_a_name()
    {
        var reply = BuiltInReplyEngine.Compose(Context([], name: null, tip: true));
        Assert.Contains("tip", reply);
        Assert.Contains("babe", reply);
    }
}
