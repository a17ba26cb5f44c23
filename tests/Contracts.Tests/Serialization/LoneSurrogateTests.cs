using System.Text;
using System.Text.Json;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Tests.Serialization;

/// <summary>A captured body with a lone surrogate escape must still be writable to the broker.</summary>
public class LoneSurrogateTests
{
    private static string Frame(string body) =>
        $$$$"""{"type":"new_raw_message","id":"f1","payload":{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/chats","status":200,"responseBody":{{{{body}}}},"capturedAt":"2025-03-01T18:04:05Z"}}}""";

    private static string Forwarded(string frame)
    {
        var message = (NewRawMessageMessage)WssFrameParser.Parse(frame).Message!;
        return JsonSerializer.Serialize(message.Payload, WssJsonContext.Default.RawCapturedEvent);
    }

    [Theory]
    [InlineData("""{"currency":"U\ud800D"}""")]
    [InlineData("""{"text":"cut inside an emoji \ud83d"}""")]
    [InlineData("""{"text":"\ude00 a low one first"}""")]
    [InlineData("""{"\udbff":"in a property name"}""")]
    [InlineData("""["\uD800\uD800\uDC00"]""")]
    public void Should_forward_a_body_with_a_lone_surrogate_as_a_replacement_character(string body)
    {
        var written = Forwarded(Frame(body));

        // Written raw or as an escape, depending on the encoder.
        Assert.True(written.Contains('\uFFFD', StringComparison.Ordinal) || written.Contains("\\ufffd", StringComparison.OrdinalIgnoreCase), written);
    }

    [Fact]
    public void Should_keep_a_valid_surrogate_pair()
    {
        var written = Forwarded(Frame("""{"text":"smile \ud83d\ude00"}"""));

        var text = JsonDocument.Parse(written).RootElement.GetProperty("data").GetProperty("responseBody").GetProperty("text").GetString();
        Assert.Equal("smile \U0001F600", text);
    }

    [Fact]
    public void Should_not_touch_an_escaped_backslash_followed_by_u()
    {
        var written = Forwarded(Frame("""{"text":"C:\\ud800 is a path"}"""));

        var text = JsonDocument.Parse(written).RootElement.GetProperty("data").GetProperty("responseBody").GetProperty("text").GetString();
        Assert.Equal("C:\\ud800 is a path", text);
    }

    [Fact]
    public void Should_return_the_same_text_when_there_is_nothing_to_repair()
    {
        var utf8 = Encoding.UTF8.GetBytes(Frame("""{"text":"caf\u00e9 \ud83d\ude00 \\u0041"}"""));

        Assert.True(LoneSurrogates.Repair(utf8).SequenceEqual(utf8));
    }
}
