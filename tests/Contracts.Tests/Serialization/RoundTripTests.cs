using System.Text.Json;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Tests.Serialization;

public class RoundTripTests
{
    public static TheoryData<string> IncomingTypes() => [.. IncomingMessageTypes.Names];

    public static TheoryData<string> OutgoingTypes() =>
        [.. WssJsonContext.Default.OutgoingWssMessage.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!)];

    [Theory]
    [MemberData(nameof(IncomingTypes))]
    public void Should_round_trip_every_incoming_type(string type)
    {
        var sample = SampleFrames.Incoming().SingleOrDefault(m => IncomingMessageTypes.Of(m).Discriminator == type);
        Assert.True(sample is not null, $"SampleFrames has no `{type}` frame");

        var json = WssFrameWriter.ToJson(sample);
        var parsed = WssFrameParser.Parse(json);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal(sample.GetType(), parsed.Message!.GetType());
        Assert.Equal(json, WssFrameWriter.ToJson(parsed.Message));
        Assert.Equal(type, JsonDocument.Parse(json).RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(OutgoingTypes))]
    public void Should_round_trip_every_outgoing_type(string type)
    {
        var sample = SampleFrames.Outgoing().SingleOrDefault(m => TypeOf(m) == type);
        Assert.True(sample is not null, $"SampleFrames has no `{type}` frame");

        var bytes = WssFrameWriter.ToUtf8(sample);
        var read = WssFrameWriter.ReadOutgoing(bytes);

        Assert.NotNull(read);
        Assert.Equal(sample.GetType(), read.GetType());
        Assert.Equal(WssFrameWriter.ToJson(sample), WssFrameWriter.ToJson(read));
    }

    [Fact]
    public void Should_write_snake_case_types_and_camel_case_fields()
    {
        var json = WssFrameWriter.ToJson(SampleFrames.Outgoing().OfType<AppendMessageMessage>().Single());
        using var document = JsonDocument.Parse(json);
        var conversation = document.RootElement.GetProperty("payload").GetProperty("conversation");

        Assert.Equal("append_message", document.RootElement.GetProperty("type").GetString());
        Assert.True(conversation.TryGetProperty("awaitingReply", out _));
        Assert.Equal("in", conversation.GetProperty("lastMessage").GetProperty("direction").GetString());
        Assert.Equal("100000001", conversation.GetProperty("chatId").GetString());
    }

    private static string TypeOf(OutgoingWssMessage message) =>
        JsonDocument.Parse(WssFrameWriter.ToJson(message)).RootElement.GetProperty("type").GetString()!;
}
