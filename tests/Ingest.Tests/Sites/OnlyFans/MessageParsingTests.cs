using Platform.Ingest.Sites;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Sites.OnlyFans;

public sealed class MessageParsingTests
{
    private static IReadOnlyList<ParsedMessage> Page() => Parse(Fixture("chat-page.json", "/chats/100000001/messages?limit=10&order=desc&skip_users=all")).Messages;

    [Fact]
    public void Should_read_every_message_of_a_chat_page_in_the_chat_of_the_url()
    {
        var page = Page();
        Assert.Equal(3, page.Count);
        Assert.All(page, m => Assert.Equal("100000001", m.ChatId));
    }

    [Fact]
    public void Should_keep_message_ids_above_2_pow_53_exactly()
    {
        var parsed = Parse(Fetch("/chats/100000001/messages", """{"list":[{"id":9007199254740993123,"text":"x","fromUser":{"id":100000001},"createdAt":"2025-03-01T18:00:00Z"}]}"""));
        Assert.Equal("9007199254740993123", Assert.Single(parsed.Messages).Message.MessageId);
    }

    [Fact]
    public void Should_accept_ids_that_arrive_as_strings()
    {
        var parsed = Parse(Fetch("/chats/100000001/messages", """{"list":[{"id":"8000000000009","text":"x","fromUser":{"id":"100000001"},"createdAt":"2025-03-01T18:00:00Z"}]}"""));
        var message = Assert.Single(parsed.Messages).Message;
        Assert.Equal(("8000000000009", "100000001"), (message.MessageId, message.FromUserId));
    }

    [Fact]
    public void Should_strip_html_and_decode_entities_and_keep_the_html()
    {
        var message = Page()[2].Message;
        Assert.Equal("<p>Hi &amp; welcome &lt;3</p>", message.TextHtml);
        Assert.Equal("Hi & welcome <3", message.TextPlain);
    }

    [Fact]
    public void Should_turn_br_into_newlines()
    {
        Assert.Equal("Thanks for the tip!\nxoxo", Page()[0].Message.TextPlain);
    }

    [Fact]
    public void Should_keep_emoji_in_plain_text()
    {
        var parsed = Parse(Fixture("chats-stubs.json", "/chats"));
        Assert.Equal("Unlock this ❤️", parsed.Messages[0].Message.TextPlain);
    }

    [Fact]
    public void Should_accept_empty_text_of_a_tip()
    {
        var tip = Page()[1].Message;
        Assert.Equal(("", "", true, 25m), (tip.TextHtml, tip.TextPlain, tip.IsTip, tip.TipAmount));
    }

    [Fact]
    public void Should_fall_back_to_price_when_tip_amount_is_absent()
    {
        var parsed = Parse(Fetch("/chats/100000001/messages", """{"list":[{"id":1,"text":"","fromUser":{"id":100000001},"isTip":true,"price":"$25.00","createdAt":"2025-03-01T18:00:00Z"}]}"""));
        Assert.Equal(25m, Assert.Single(parsed.Messages).Message.TipAmount);
    }

    [Fact]
    public void Should_read_money_given_as_a_dollar_string()
    {
        var message = Page()[2].Message;
        Assert.Equal(9.99m, message.Price);
        Assert.False(message.IsFree);
    }

    [Fact]
    public void Should_read_media_kinds_from_the_flat_media_shape()
    {
        var message = Page()[2].Message;
        Assert.Equal(["photo", "video"], message.MediaKinds);
        Assert.Equal(2, message.MediaCount);
    }

    [Fact]
    public void Should_read_media_kinds_from_the_files_shape_with_null_urls_when_locked()
    {
        var parsed = Parse(Fixture("chats-stubs.json", "/chats"));
        var message = parsed.Messages[0].Message;
        Assert.Equal(["video"], message.MediaKinds);
        Assert.Equal((15m, false, false), (message.Price, message.IsFree, message.IsOpened));
    }

    [Fact]
    public void Should_mark_mass_messages_from_the_queue()
    {
        Assert.True(Page()[2].Message.IsFromQueue);
        Assert.False(Page()[0].Message.IsFromQueue);
    }

    [Fact]
    public void Should_count_media_from_the_array_when_media_count_is_absent()
    {
        var parsed = Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"fromUser":{"id":1},"media":[{"type":"photo"},{"type":"photo"}],"createdAt":"2025-03-01T18:00:00Z"}]}"""));
        var message = Assert.Single(parsed.Messages).Message;
        Assert.Equal((2, 1), (message.MediaCount, message.MediaKinds.Count));
    }

    [Fact]
    public void Should_read_a_repeated_page_the_same_way_twice()
    {
        Assert.Equal(Page().Select(m => m.Message.MessageId), Page().Select(m => m.Message.MessageId));
    }

    [Fact]
    public void Should_use_capture_time_when_created_at_is_missing()
    {
        var parsed = Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"text":"x","fromUser":{"id":1}}]}"""));
        Assert.Equal(At, Assert.Single(parsed.Messages).Message.CreatedAt);
    }

    [Fact]
    public void Should_cap_a_five_megabyte_text()
    {
        var huge = new string('a', 5_000_000);
        var parsed = Parse(Fetch("/chats/1/messages", $$"""{"list":[{"id":1,"text":"{{huge}}","fromUser":{"id":1},"createdAt":"2025-03-01T18:00:00Z"}]}"""));
        var message = Assert.Single(parsed.Messages).Message;
        Assert.Equal(Platform.Ingest.Sites.OnlyFans.HtmlText.MaxLength, message.TextHtml.Length);
    }

    [Fact]
    public void Should_remove_nul_characters_postgres_cannot_store()
    {
        var parsed = Parse(Fetch("/chats/1/messages", """{"list":[{"id":1,"text":"a\u0000b","fromUser":{"id":1},"createdAt":"2025-03-01T18:00:00Z"}]}"""));
        Assert.Equal("ab", Assert.Single(parsed.Messages).Message.TextPlain);
    }
}
