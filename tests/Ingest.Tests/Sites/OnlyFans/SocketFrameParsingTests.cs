using Platform.Ingest.Sites;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Sites.OnlyFans;

public sealed class SocketFrameParsingTests
{
    private const string FanMessage = """{"api2_chat_message":{"id":8000000000006,"text":"<p>hi there</p>","fromUser":{"id":100000001,"name":"Fan A","username":"u100000001"},"price":0,"isFree":true,"isTip":false,"mediaCount":0,"media":[],"createdAt":"2025-03-01T18:12:00+00:00"}}""";

    [Fact]
    public void Should_read_a_direct_message_push_as_a_socket_message()
    {
        var parsed = Parse(Socket(FanMessage));
        var message = Assert.Single(parsed.Messages);
        Assert.Equal((MessageOrigin.Socket, null, "hi there"), (message.Origin, message.ChatId, message.Message.TextPlain));
        Assert.Equal("Fan A", Assert.Single(parsed.Fans).Name);
    }

    [Fact]
    public void Should_read_the_creators_echo_without_a_recipient()
    {
        var parsed = Parse(Socket("""{"api2_chat_message":{"id":8000000000010,"text":"<p>sent</p>","fromUser":{"id":200000002},"createdAt":"2025-03-01T18:30:00+00:00"}}"""));
        var echo = Assert.Single(parsed.Messages);
        Assert.Null(echo.ChatId);
        Assert.Equal("200000002", echo.Message.FromUserId);
    }

    [Fact]
    public void Should_read_frames_with_several_keys()
    {
        var parsed = Parse(Socket("""{"api2_chat_message":{"id":1,"fromUser":{"id":5},"text":"x","createdAt":"2025-03-01T18:00:00Z"},"chat_messages":30,"count_priority_chat":3}"""));
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Single(parsed.Messages);
        Assert.Empty(parsed.UnknownKeys);
    }

    [Fact]
    public void Should_keep_and_report_keys_nobody_knows_without_crashing()
    {
        var parsed = Parse(Socket("""{"brand_new_event":{"x":1},"chat_messages":3}"""));
        Assert.Equal(ParseStatus.Ignored, parsed.Status);
        Assert.Equal(["brand_new_event"], parsed.UnknownKeys);
    }

    [Fact]
    public void Should_not_take_a_new_message_notification_for_a_direct_message()
    {
        var parsed = Parse(Socket("""{"new_message":{"id":5,"text":"Promotion!","fromUser":{"id":1}}}"""));
        Assert.Equal(ParseStatus.Ignored, parsed.Status);
        Assert.Empty(parsed.Messages);
    }

    [Theory]
    [InlineData("""{"chat_messages":30,"count_priority_chat":3,"unread_tips":0}""")]
    [InlineData("""{"unread_tips":1}""")]
    [InlineData("""{"connected":true,"v":"5.4.0"}""")]
    [InlineData("""{"online":[100000001]}""")]
    [InlineData("""{"error":1}""")]
    [InlineData("""{"typing":{"user":1}}""")]
    public void Should_ignore_counters_presence_and_acks(string frame)
    {
        var parsed = Parse(Socket(frame));
        Assert.Equal(ParseStatus.Ignored, parsed.Status);
        Assert.Empty(parsed.UnknownKeys);
    }

    [Fact]
    public void Should_ignore_frames_the_page_sent_to_the_site()
    {
        Assert.Equal(ParseStatus.Ignored, Parse(Socket("""{"act":"get_onlines","ids":[100000001]}""", direction: "out")).Status);
    }

    [Fact]
    public void Should_keep_the_tipper_of_story_tips_but_count_no_money_twice()
    {
        var parsed = Parse(Socket("""{"story_tips":{"from_user":{"id":100000001,"name":"Fan A"},"amount":10,"amount_human":"$10.00"}}"""));
        Assert.Equal("Fan A", Assert.Single(parsed.Fans).Name);
        Assert.Empty(parsed.Transactions);
    }

    [Fact]
    public void Should_read_a_bare_array_of_frames()
    {
        var parsed = Parse(Socket($"[{FanMessage},{{\"chat_messages\":1}}]"));
        Assert.Single(parsed.Messages);
    }

    [Fact]
    public void Should_treat_a_frame_that_is_a_number_as_unknown_shape()
    {
        Assert.Equal(ParseStatus.UnknownShape, Parse(Socket("42")).Status);
    }
}
