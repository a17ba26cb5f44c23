using Platform.Contracts.Messaging;
using Platform.Ingest.Sites;
using Platform.Ingest.Tests.Support;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Sites.OnlyFans;

public sealed class RestEndpointParsingTests
{
    [Fact]
    public void Should_read_the_creator_identity_from_users_me()
    {
        var parsed = Parse(Fetch("/users/me", """{"id":200000002,"name":"Creator","username":"creator_demo","isPerformer":true,"wsUrl":"wss://x","wsAuthToken":"t"}"""));
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal(new CreatorProfile { CreatorId = "200000002", Name = "Creator", Username = "creator_demo" }, parsed.Creator);
    }

    [Fact]
    public void Should_treat_users_me_without_id_as_unknown_shape()
    {
        Assert.Equal(ParseStatus.UnknownShape, Parse(Fetch("/users/me", """{"name":"Creator"}""")).Status);
    }

    [Fact]
    public void Should_read_chats_with_user_stubs_unread_state_and_last_message()
    {
        var parsed = Parse(Fixture("chats-stubs.json", "/chats?limit=10&offset=0&order=recent&skip_users=all"));
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal(["100000001", "100000003"], parsed.Chats.Select(c => c.ChatId));
        Assert.Equal(1, parsed.Chats[0].UnreadCount);
        Assert.Equal("8000000000000", parsed.Chats[0].LastReadMessageId);
        Assert.True(parsed.Chats[1].HasUnreadTips);
        Assert.False(parsed.Chats[1].CanSendMessage);
        Assert.All(parsed.Fans, f => Assert.Null(f.Name));
        var last = Assert.Single(parsed.Messages);
        Assert.Equal("100000001", last.ChatId);
        Assert.Equal("8000000000005", last.Message.MessageId);
    }

    [Fact]
    public void Should_read_full_user_objects_in_chat_lists()
    {
        var parsed = Parse(Fetch("/chats", """{"list":[{"withUser":{"id":100000001,"name":"Fan A","username":"u100000001","avatar":"https://cdn/a.jpg"},"unreadMessagesCount":0}],"hasMore":false}"""));
        var fan = Assert.Single(parsed.Fans);
        Assert.Equal(("Fan A", "u100000001", "https://cdn/a.jpg"), (fan.Name, fan.Username, fan.AvatarUrl));
    }

    [Fact]
    public void Should_accept_a_bare_array_where_the_chat_list_object_was_expected()
    {
        var parsed = Parse(Fetch("/chats", """[{"withUser":{"id":100000001},"unreadMessagesCount":2}]"""));
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal(2, Assert.Single(parsed.Chats).UnreadCount);
    }

    [Fact]
    public void Should_treat_a_chat_list_without_list_as_unknown_shape()
    {
        Assert.Equal(ParseStatus.UnknownShape, Parse(Fetch("/chats", """{"items":[]}""")).Status);
    }

    [Fact]
    public void Should_read_users_list_keyed_by_id_as_string()
    {
        var parsed = Parse(Fetch("/users/list?m[]=100000001&m[]=100000003",
            """{"100000001":{"id":100000001,"name":"Fan A","username":"u100000001","avatar":null},"100000003":{"name":"Fan C","username":"u100000003"}}"""));
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal(["100000001", "100000003"], parsed.Fans.Select(f => f.FanId));
        Assert.Equal("Fan C", parsed.Fans[1].Name);
        Assert.Null(parsed.Fans[0].AvatarUrl);
    }

    [Fact]
    public void Should_read_users_list_given_as_a_bare_array()
    {
        var parsed = Parse(Fetch("/users/list?m[]=1", """[{"id":100000001,"name":"Fan A"}]"""));
        Assert.Equal("Fan A", Assert.Single(parsed.Fans).Name);
    }

    [Fact]
    public void Should_read_subscribers_with_subscription_data()
    {
        var parsed = Parse(Fixture("subscribers.json", "/subscriptions/subscribers/latest?limit=100&offset=0&format=infinite"));
        Assert.Equal(2, parsed.Fans.Count);
        var subscription = parsed.Subscriptions[0];
        Assert.Equal(9.99m, subscription.Price);
        Assert.Equal(80m, subscription.SiteTotalNet);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), subscription.ExpiresAt);
        Assert.Null(parsed.Subscriptions[1].SubscribedAt);
    }

    [Fact]
    public void Should_read_subscribers_named_list_in_older_versions()
    {
        var parsed = Parse(Fetch("/subscriptions/subscribers/latest", """{"list":[{"id":100000001,"name":"Fan A"}],"hasMore":false}"""));
        Assert.Equal("100000001", Assert.Single(parsed.Subscriptions).FanId);
    }

    [Fact]
    public void Should_read_the_creators_send_as_an_outbound_message_of_the_chat_in_the_url()
    {
        var parsed = Parse(Fetch("/chats/100000001/messages", """{"id":8000000000010,"text":"<p>Hi &amp; welcome</p>","fromUser":{"id":200000002},"createdAt":"2025-03-01T18:30:00+00:00","price":0,"isFree":true}""", method: "POST"));
        var sent = Assert.Single(parsed.Messages);
        Assert.Equal((MessageOrigin.CreatorSend, "100000001"), (sent.Origin, sent.ChatId));
        Assert.Equal("Hi & welcome", sent.Message.TextPlain);
    }

    [Fact]
    public void Should_treat_an_unknown_endpoint_as_unsupported()
    {
        Assert.Equal(ParseStatus.Unsupported, Parse(Fetch("/posts/123/comments", """{"list":[]}""")).Status);
    }

    [Fact]
    public void Should_treat_urls_of_other_sites_as_unsupported()
    {
        var adapters = new SiteAdapters([new Platform.Ingest.Sites.OnlyFans.OnlyFansAdapter()]);
        Assert.Equal(ParseStatus.Unsupported, adapters.Parse(Fetch("https://example.com/api2/v2/chats", """{"list":[]}""")).Capture.Status);
    }
}
