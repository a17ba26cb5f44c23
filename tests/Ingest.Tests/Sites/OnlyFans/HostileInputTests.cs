using Platform.Ingest.Sites;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Sites.OnlyFans;

public sealed class HostileInputTests
{
    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void Should_treat_error_statuses_as_not_data(int status)
    {
        var parsed = Parse(Fetch("/chats", """{"list":[{"withUser":{"id":1}}]}""", status));
        Assert.Equal(ParseStatus.ErrorStatus, parsed.Status);
        Assert.Empty(parsed.Chats);
    }

    [Fact]
    public void Should_treat_a_non_json_body_as_non_json()
    {
        Assert.Equal(ParseStatus.NonJson, Parse(Fetch("/chats", "<html>Cloudflare</html>")).Status);
    }

    [Fact]
    public void Should_treat_a_non_json_socket_frame_as_non_json()
    {
        Assert.Equal(ParseStatus.NonJson, Parse(Socket("2probe")).Status);
    }

    [Fact]
    public void Should_reject_an_id_of_the_wrong_type()
    {
        var parsed = Parse(Fetch("/chats/1/messages", """{"list":[{"id":{"nested":true},"text":"x","fromUser":{"id":1}}]}"""));
        Assert.Equal(ParseStatus.Invalid, parsed.Status);
    }

    [Fact]
    public void Should_reject_a_fractional_id()
    {
        Assert.Equal(ParseStatus.Invalid, Parse(Fetch("/chats/1/messages", """{"list":[{"id":12.5,"fromUser":{"id":1}}]}""")).Status);
    }

    [Fact]
    public void Should_reject_text_that_is_not_a_string()
    {
        Assert.Equal(ParseStatus.Invalid, Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"text":42,"fromUser":{"id":1}}]}""")).Status);
    }

    [Fact]
    public void Should_reject_a_message_without_sender()
    {
        Assert.Equal(ParseStatus.Invalid, Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"text":"x"}]}""")).Status);
    }

    [Fact]
    public void Should_reject_an_unparseable_date()
    {
        Assert.Equal(ParseStatus.Invalid, Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"fromUser":{"id":1},"createdAt":"yesterday"}]}""")).Status);
    }

    [Fact]
    public void Should_reject_a_money_string_that_is_not_a_number()
    {
        Assert.Equal(ParseStatus.Invalid, Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"fromUser":{"id":1},"price":"lots"}]}""")).Status);
    }

    [Fact]
    public void Should_reject_a_chat_list_item_that_is_not_an_object()
    {
        Assert.Equal(ParseStatus.Invalid, Parse(Fetch("/chats", """{"list":[42]}""")).Status);
    }

    [Fact]
    public void Should_treat_a_missing_body_as_non_json()
    {
        var captured = Fetch("/chats", "{}") with { };
        var empty = captured with { Data = captured.Data with { ResponseBody = null } };
        Assert.Equal(ParseStatus.NonJson, Parse(empty).Status);
    }

    [Fact]
    public void Should_ignore_unknown_fields_of_known_objects()
    {
        var parsed = Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"fromUser":{"id":1},"text":"x","brandNewField":{"a":[1,2]}}],"alsoNew":true}"""));
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
    }
}
