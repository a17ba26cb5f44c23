using Platform.Contracts.Serialization;

namespace Platform.Contracts.Tests.Serialization;

/// <summary>Each malformed frame is refused with a stable code and a problem that names what is wrong.</summary>
public class MalformedFrameTests
{
    private const string Event = """{"event":"fetch","data":{"url":"https://onlyfans.com/api2/v2/users/me","capturedAt":"2025-03-01T18:04:05Z"}}""";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "", FrameErrorCodes.InvalidJson, "not valid JSON" },
        { "{", FrameErrorCodes.InvalidJson, "not valid JSON" },
        { "{\"type\":\"ping\",}", FrameErrorCodes.InvalidJson, "not valid JSON" },
        { "not json at all", FrameErrorCodes.InvalidJson, "not valid JSON" },
        { "{'type':'ping'}", FrameErrorCodes.InvalidJson, "not valid JSON" },
        { new string('[', 200) + new string(']', 200), FrameErrorCodes.InvalidJson, "nested too deeply" },
        { "[]", FrameErrorCodes.InvalidEnvelope, "must be a JSON object, not an array" },
        { "\"ping\"", FrameErrorCodes.InvalidEnvelope, "must be a JSON object, not a string" },
        { "42", FrameErrorCodes.InvalidEnvelope, "not a number" },
        { "null", FrameErrorCodes.InvalidEnvelope, "not null" },
        { "{}", FrameErrorCodes.InvalidEnvelope, "field `type` is missing" },
        { "{\"payload\":{}}", FrameErrorCodes.InvalidEnvelope, "field `type` is missing" },
        { "{\"type\":7}", FrameErrorCodes.InvalidEnvelope, "field `type` must be a string, not a number" },
        { "{\"type\":null}", FrameErrorCodes.InvalidEnvelope, "field `type` must be a string, not null" },
        { "{\"type\":[\"ping\"]}", FrameErrorCodes.InvalidEnvelope, "field `type` must be a string, not an array" },
        { "{\"type\":\"ping\",\"id\":{}}", FrameErrorCodes.InvalidEnvelope, "field `id` must be a string" },
        { "{\"type\":\"ping\",\"id\":5}", FrameErrorCodes.InvalidEnvelope, "field `id` must be a string" },
        { "{\"type\":\"launch_rockets\"}", FrameErrorCodes.UnknownType, "type `launch_rockets` is unknown" },
        { "{\"type\":\"PING\"}", FrameErrorCodes.UnknownType, "expected one of:" },
        { "{\"type\":\"full_sync_response\",\"payload\":{}}", FrameErrorCodes.UnknownType, "is unknown" },
        { "{\"type\":\"subscribe\"}", FrameErrorCodes.InvalidPayload, "field `payload` is missing" },
        { "{\"type\":\"subscribe\",\"payload\":null}", FrameErrorCodes.InvalidPayload, "field `payload` is missing" },
        { "{\"type\":\"subscribe\",\"payload\":\"chat:1\"}", FrameErrorCodes.InvalidPayload, "field `payload` must be an object, not a string" },
        { "{\"type\":\"subscribe\",\"payload\":{}}", FrameErrorCodes.InvalidPayload, "field `payload.topic` is missing" },
        { "{\"type\":\"subscribe\",\"payload\":{\"topic\":12}}", FrameErrorCodes.InvalidPayload, "field `payload.topic` must be a string" },
        { "{\"type\":\"subscribe\",\"payload\":{\"topic\":\"user:42\"}}", FrameErrorCodes.InvalidPayload, "must look like chat:{chatId}" },
        { "{\"type\":\"subscribe\",\"payload\":{\"topic\":\"chat:\"}}", FrameErrorCodes.InvalidPayload, "must look like chat:{chatId}" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":\"zero\",\"chunkCount\":1,\"events\":[]}}", FrameErrorCodes.InvalidPayload, "field `payload.chunkIndex` must be an integer" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":1.5,\"chunkCount\":1,\"events\":[]}}", FrameErrorCodes.InvalidPayload, "field `payload.chunkIndex` must be an integer" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":0,\"events\":[]}}", FrameErrorCodes.InvalidPayload, "field `payload.chunkCount` is missing" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":3,\"chunkCount\":2,\"events\":[]}}", FrameErrorCodes.InvalidPayload, "between 0 and chunkCount - 1" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":0,\"chunkCount\":0,\"events\":[]}}", FrameErrorCodes.InvalidPayload, "field `payload.chunkCount` must be at least 1" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"\",\"chunkIndex\":0,\"chunkCount\":1,\"events\":[]}}", FrameErrorCodes.InvalidPayload, "field `payload.snapshotId` must not be empty" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":0,\"chunkCount\":1,\"events\":{}}}", FrameErrorCodes.InvalidPayload, "field `payload.events` must be an array" },
        { "{\"type\":\"cache_update\",\"payload\":{\"snapshotId\":\"s\",\"chunkIndex\":0,\"chunkCount\":1,\"events\":[{\"event\":\"smoke\",\"data\":{\"url\":\"u\",\"capturedAt\":\"2025-03-01T00:00:00Z\"}}]}}", FrameErrorCodes.InvalidPayload, "one of: fetch, xhr, websocket" },
        { "{\"type\":\"new_raw_message\",\"payload\":{\"event\":\"fetch\"}}", FrameErrorCodes.InvalidPayload, "field `payload.data` is missing" },
        { "{\"type\":\"new_raw_message\",\"payload\":{\"event\":\"fetch\",\"data\":{\"url\":\"u\",\"capturedAt\":\"yesterday\"}}}", FrameErrorCodes.InvalidPayload, "field `payload.data.capturedAt` must be a date-time" },
        { "{\"type\":\"new_raw_message\",\"payload\":{\"event\":\"fetch\",\"data\":{\"capturedAt\":\"2025-03-01T00:00:00Z\"}}}", FrameErrorCodes.InvalidPayload, "field `payload.data.url` is missing" },
        { "{\"type\":\"new_raw_message\",\"payload\":{\"event\":\"fetch\",\"data\":{\"url\":\"\",\"capturedAt\":\"2025-03-01T00:00:00Z\"}}}", FrameErrorCodes.InvalidPayload, "field `payload.data.url` must not be empty" },
        { "{\"type\":\"new_raw_message\",\"payload\":{\"event\":\"websocket\",\"data\":{\"url\":\"wss://x\",\"direction\":\"sideways\",\"capturedAt\":\"2025-03-01T00:00:00Z\"}}}", FrameErrorCodes.InvalidPayload, "field `payload.data.direction` must be one of: in, out" },
        { "{\"type\":\"new_raw_message\",\"payload\":{\"event\":\"fetch\",\"data\":{\"url\":\"u\",\"status\":\"200\",\"capturedAt\":\"2025-03-01T00:00:00Z\"}}}", FrameErrorCodes.InvalidPayload, "field `payload.data.status` must be an integer" },
        { "{\"type\":\"send_message\",\"payload\":{\"chatId\":\"1\"}}", FrameErrorCodes.InvalidPayload, "field `payload.text` is required when no `commandId` is given" },
        { "{\"type\":\"send_message\",\"payload\":{\"chatId\":\"1\",\"text\":\"hi\",\"decision\":\"approve\"}}", FrameErrorCodes.InvalidPayload, "field `payload.decision` needs a `commandId`" },
        { "{\"type\":\"send_message\",\"payload\":{\"chatId\":\"1\",\"commandId\":\"c\",\"decision\":\"maybe\"}}", FrameErrorCodes.InvalidPayload, "one of: approve, reject" },
        { "{\"type\":\"send_message\",\"payload\":{\"chatId\":\"1\",\"text\":\"hi\",\"price\":-5}}", FrameErrorCodes.InvalidPayload, "field `payload.price` must not be negative" },
        { "{\"type\":\"send_message\",\"payload\":{\"chatId\":\"1\",\"text\":\"hi\",\"price\":\"$5\"}}", FrameErrorCodes.InvalidPayload, "field `payload.price` must be a number" },
        { "{\"type\":\"send_message\",\"payload\":{\"chatId\":null,\"text\":\"hi\"}}", FrameErrorCodes.InvalidPayload, "field `payload.chatId` must not be null" },
        { "{\"type\":\"command_result\",\"payload\":{\"commandId\":\"c\",\"status\":\"exploded\"}}", FrameErrorCodes.InvalidPayload, "one of: sent, failed" },
        { "{\"type\":\"command_result\",\"payload\":{\"status\":\"sent\"}}", FrameErrorCodes.InvalidPayload, "field `payload.commandId` is missing" },
        { "{\"type\":\"ping\",\"payload\":{\"clientTime\":\"now\"}}", FrameErrorCodes.InvalidPayload, "field `payload.clientTime` must be an integer" },
        { "{\"type\":\"ping\",\"id\":\"" + new string('x', 200) + "\"}", FrameErrorCodes.InvalidPayload, "field `id` must be at most 128 characters" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_report_the_problem_of_a_malformed_frame(string frame, string code, string problem)
    {
        var result = WssFrameParser.Parse(frame);

        Assert.False(result.IsValid);
        Assert.Equal(code, result.ErrorCode);
        Assert.True(result.Problems.Any(p => p.Contains(problem, StringComparison.Ordinal)),
            $"expected a problem containing \"{problem}\", got: {string.Join(" | ", result.Problems)}");
    }

    [Fact]
    public void Should_name_the_frame_id_in_a_payload_error()
    {
        var result = WssFrameParser.Parse("{\"type\":\"subscribe\",\"id\":\"f-9\",\"payload\":{\"topic\":\"nope\"}}");

        Assert.Equal("f-9", result.FrameId);
    }

    [Fact]
    public void Should_accept_fields_in_any_order_and_unknown_extra_fields()
    {
        var result = WssFrameParser.Parse("{\"payload\":" + Event + ",\"extra\":true,\"id\":\"a\",\"type\":\"new_raw_message\"}");

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("a", result.FrameId);
    }

    [Fact]
    public void Should_refuse_invalid_utf8()
    {
        byte[] frame = [.. "{\"type\":\"ping\",\"id\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var result = WssFrameParser.Parse(frame);

        Assert.Equal(FrameErrorCodes.InvalidJson, result.ErrorCode);
    }
}
