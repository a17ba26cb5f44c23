using Microsoft.Extensions.Options;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Sites.OnlyFans;

/// <summary><c>Ingest:OnlyFans:ExtraHosts</c>: the local fake site is parsed like the real one, nothing else is.</summary>
public sealed class SiteHostTests
{
    private const string ChatList = """{"list":[{"withUser":{"id":100000001,"_view":"m"},"unreadMessagesCount":1}],"hasMore":false}""";

    private static SiteAdapters Adapters(params string[] extraHosts) =>
        new([new OnlyFansAdapter(Options.Create(new OnlyFansOptions { ExtraHosts = [.. extraHosts] }))]);

    [Theory]
    [InlineData("http://127.0.0.1:3000/api2/v2/chats?limit=10")]
    [InlineData("http://LOCALHOST:41234/api2/v2/chats")]
    public void Should_parse_the_sites_api_on_a_configured_host(string url)
    {
        var (site, parsed) = Adapters("127.0.0.1", "localhost").Parse(Fetch(url, ChatList));
        Assert.Equal("onlyfans", site);
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal("100000001", Assert.Single(parsed.Chats).ChatId);
    }

    [Fact]
    public void Should_parse_the_sites_socket_on_a_configured_host()
    {
        var adapter = new OnlyFansAdapter(Options.Create(new OnlyFansOptions { ExtraHosts = ["127.0.0.1"] }));
        Assert.True(adapter.CanHandle("ws://127.0.0.1:3000/ws3/30"));
    }

    [Theory]
    [InlineData("https://example.com/api2/v2/chats")]      // a foreign host, not configured
    [InlineData("http://127.0.0.1:3000/api2/v2/chats")]    // the fake site's host, when not configured
    public void Should_refuse_a_host_that_is_not_configured(string url)
    {
        var (site, parsed) = Adapters("localhost").Parse(Fetch(url, ChatList));
        Assert.Equal(("none", ParseStatus.Unsupported), (site, parsed.Status));
        Assert.Empty(parsed.Chats);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/")]                  // the dashboard, served on the same host
    [InlineData("http://127.0.0.1:8080/api/v1/chats")]
    [InlineData("ws://127.0.0.1:8080/ws")]                  // the gateway's own socket
    public void Should_refuse_a_configured_host_outside_the_sites_paths(string url)
    {
        var adapter = new OnlyFansAdapter(Options.Create(new OnlyFansOptions { ExtraHosts = ["127.0.0.1"] }));
        Assert.False(adapter.CanHandle(url));
    }

    [Fact]
    public void Should_still_accept_the_real_site_with_hosts_configured()
    {
        var adapter = new OnlyFansAdapter(Options.Create(new OnlyFansOptions { ExtraHosts = ["127.0.0.1"] }));
        Assert.True(adapter.CanHandle("https://onlyfans.com/api2/v2/chats"));
        Assert.True(adapter.CanHandle("wss://ws2.onlyfans.com/ws3/30"));
    }
}
