using Platform.Contracts.Model;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Sites;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Pipeline;

public sealed class MessageAttributionTests
{
    private const string Creator = "200000002";

    private static List<Captured<ParsedMessage>> Messages(params Platform.Contracts.Capture.RawCapturedEvent[] events) =>
        [.. events.SelectMany(e => Parse(e).Messages).Select(m => new Captured<ParsedMessage>(m, At))];

    private static Platform.Contracts.Capture.RawCapturedEvent Page(string chat, string from) =>
        Fetch($"/chats/{chat}/messages", $$"""{"list":[{"id":1,"text":"x","fromUser":{"id":{{from}} },"createdAt":"2025-03-01T18:00:00Z"}]}""");

    private static Platform.Contracts.Capture.RawCapturedEvent Push(string id, string from) =>
        Socket($$"""{"api2_chat_message":{"id":{{id}},"text":"x","fromUser":{"id":{{from}} },"createdAt":"2025-03-01T18:00:00Z"} }""");

    [Theory]
    [InlineData(Creator, MessageDirection.Out)]
    [InlineData("100000001", MessageDirection.In)]
    public void Should_direct_chat_page_messages_by_the_creator_id(string from, MessageDirection expected)
    {
        var result = MessageAttributor.Resolve(Creator, Messages(Page("100000001", from)), [], new Dictionary<string, Attribution>());
        Assert.Equal(expected, Assert.Single(result.Resolved).Row.Direction);
    }

    [Fact]
    public void Should_direct_a_message_not_from_the_chats_fan_as_outbound_before_the_creator_is_known()
    {
        var result = MessageAttributor.Resolve(null, Messages(Page("100000001", "555")), [], new Dictionary<string, Attribution>());
        Assert.Equal(MessageDirection.Out, Assert.Single(result.Resolved).Row.Direction);
    }

    [Fact]
    public void Should_put_a_fans_push_in_the_fans_chat()
    {
        var result = MessageAttributor.Resolve(Creator, Messages(Push("9", "100000001")), [], new Dictionary<string, Attribution>());
        var message = Assert.Single(result.Resolved).Row;
        Assert.Equal(("100000001", MessageDirection.In), (message.ChatId, message.Direction));
    }

    [Fact]
    public void Should_attribute_the_creators_echo_to_the_chat_of_its_send_response_in_the_same_input()
    {
        var send = Fetch("/chats/100000001/messages", $$"""{"id":9,"text":"x","fromUser":{"id":{{Creator}} } }""", method: "POST");
        var result = MessageAttributor.Resolve(Creator, Messages(Push("9", Creator), send), [], new Dictionary<string, Attribution>());
        Assert.All(result.Resolved, m => Assert.Equal(("100000001", MessageDirection.Out), (m.Row.ChatId, m.Row.Direction)));
        Assert.Empty(result.NewPending);
    }

    [Fact]
    public void Should_attribute_the_creators_echo_by_a_stored_message()
    {
        var stored = new Dictionary<string, Attribution> { ["9"] = new("100000007", MessageDirection.Out) };
        var result = MessageAttributor.Resolve(Creator, Messages(Push("9", Creator)), [], stored);
        Assert.Equal("100000007", Assert.Single(result.Resolved).Row.ChatId);
    }

    [Fact]
    public void Should_keep_an_unknown_echo_pending_and_settle_it_when_its_send_arrives()
    {
        var first = MessageAttributor.Resolve(Creator, Messages(Push("9", Creator)), [], new Dictionary<string, Attribution>());
        var pending = Assert.Single(first.NewPending);
        Assert.Empty(first.Resolved);

        var send = Fetch("/chats/100000001/messages", $$"""{"id":9,"text":"x","fromUser":{"id":{{Creator}} } }""", method: "POST");
        var second = MessageAttributor.Resolve(Creator, Messages(send), [pending], new Dictionary<string, Attribution>());
        Assert.Equal(["9"], second.SettledPendingIds);
        Assert.Equal("100000001", Assert.Single(second.Resolved).Row.ChatId);
    }

    [Fact]
    public void Should_settle_a_pending_push_from_a_fan_once_the_creator_is_known()
    {
        var first = MessageAttributor.Resolve(null, Messages(Push("9", "100000001")), [], new Dictionary<string, Attribution>());
        var second = MessageAttributor.Resolve(Creator, [], first.NewPending, new Dictionary<string, Attribution>());
        Assert.Equal(("100000001", MessageDirection.In), (Assert.Single(second.Resolved).Row.ChatId, second.Resolved[0].Row.Direction));
    }
}
