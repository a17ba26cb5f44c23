using Platform.Gateway.Connections;

namespace Platform.Gateway.Tests.Connections;

public sealed class TopicSubscriptionsTests
{
    [Fact]
    public void Should_hold_no_set_until_the_first_subscribe()
    {
        var topics = new TopicSubscriptions();
        topics.Remove("chat:1");
        Assert.False(topics.Contains("chat:1"));
        Assert.Equal(0, topics.Count);
    }

    [Fact]
    public void Should_refuse_a_new_topic_at_the_limit_but_accept_one_already_held()
    {
        var topics = new TopicSubscriptions();
        Assert.True(topics.TryAdd("chat:1", limit: 2));
        Assert.True(topics.TryAdd("chat:2", limit: 2));
        Assert.False(topics.TryAdd("chat:3", limit: 2));
        Assert.True(topics.TryAdd("chat:2", limit: 2));
        topics.Remove("chat:1");
        Assert.True(topics.TryAdd("chat:3", limit: 2));
        Assert.True(topics.Contains("chat:3"));
        Assert.False(topics.Contains("chat:1"));
    }
}
