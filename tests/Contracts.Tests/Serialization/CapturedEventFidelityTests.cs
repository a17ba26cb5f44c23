using System.Text.Json;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Tests.Serialization;

/// <summary>Captured bodies pass through untouched: big ids, odd money, unknown fields.</summary>
public class CapturedEventFidelityTests
{
    [Theory]
    [InlineData("9007199254740993")]
    [InlineData("18446744073709551617")]
    [InlineData("\"8000000000000005\"")]
    public void Should_keep_ids_above_2_pow_53_exactly(string id)
    {
        var frame = $$$$"""{"type":"new_raw_message","id":"x","payload":{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/chats/1/messages","status":200,"responseBody":{"list":[{"id":{{{{id}}}},"price":"$25.00"}]},"capturedAt":"2025-03-01T18:04:05Z"}}}""";

        var message = (NewRawMessageMessage)WssFrameParser.Parse(frame).Message!;
        var written = JsonSerializer.Serialize(message.Payload, WssJsonContext.Default.RawCapturedEvent);

        Assert.Contains($"\"id\":{id}", written, StringComparison.Ordinal);
        Assert.Contains("\"price\":\"$25.00\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_unknown_capture_fields_for_the_archive()
    {
        var frame = """{"type":"new_raw_message","payload":{"event":"xhr","data":{"url":"https://onlyfans.com/api2/v2/users/me","capturedAt":"2025-03-01T18:04:05Z","tabId":7,"responseHeaders":{"x":"y"}}}}""";

        var message = (NewRawMessageMessage)WssFrameParser.Parse(frame).Message!;
        var written = JsonSerializer.Serialize(message.Payload, WssJsonContext.Default.RawCapturedEvent);

        Assert.Contains("\"tabId\":7", written, StringComparison.Ordinal);
        Assert.Contains("\"responseHeaders\":{\"x\":\"y\"}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_non_json_body_as_a_string()
    {
        var frame = """{"type":"new_raw_message","payload":{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/chats","status":502,"responseBody":"<html>Bad gateway</html>","capturedAt":"2025-03-01T18:04:05Z"}}}""";

        var message = (NewRawMessageMessage)WssFrameParser.Parse(frame).Message!;

        Assert.Equal(JsonValueKind.String, message.Payload.Data.ResponseBody!.Value.ValueKind);
        Assert.Equal(502, message.Payload.Data.Status);
    }
}
