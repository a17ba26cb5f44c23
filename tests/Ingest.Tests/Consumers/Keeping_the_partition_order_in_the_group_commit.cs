using Platform.Contracts.Messaging;
using Platform.Messaging;
using Platform.TestSupport;

namespace Platform.Ingest.Tests.Consumers;

/// <summary>
/// The group commit never lets a timer break a partition's order (docs/faults.md bug 4): a missing delivery tag is
/// waited for while it is being received or retried, and skipped at once when its receive ended without it.
/// </summary>
public sealed class Keeping_the_partition_order_in_the_group_commit(GroupCommitBus bus) : IClassFixture<GroupCommitBus>
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Should_commit_in_delivery_order_when_an_input_is_handed_over_a_second_late()
    {
        await bus.SendAsync("t1-a");
        await bus.SendAsync("t1-late");
        await bus.SendAsync("t1-c");

        await Eventually.TrueAsync(() => bus.Log.Of("t1-").Count == 3, _wait, "the three inputs were committed");
        Assert.Equal(["commit:t1-a", "commit:t1-late", "commit:t1-c"], bus.Log.Of("t1-"));
    }

    [Fact]
    public async Task Should_commit_an_input_behind_a_retried_one_after_it()
    {
        await bus.SendAsync("t2-a");
        await bus.SendAsync("t2-fail-once");
        await bus.SendAsync("t2-c");

        await Eventually.TrueAsync(() => bus.Log.Of("t2-").Count(e => e.StartsWith("commit:")) == 3, _wait, "the three inputs were committed");
        Assert.Equal(["commit:t2-a", "commit:t2-fail-once", "commit:t2-c"], bus.Log.Of("t2-").Where(e => e.StartsWith("commit:")));
        Assert.Contains("fail:t2-fail-once", bus.Log.Of("t2-"));
    }

    [Fact]
    public async Task Should_go_on_past_a_message_of_no_consumer_and_one_faulted_to_the_error_queue()
    {
        await bus.SendAsync("t3-a");
        await bus.Sender.SendAsync(Pipelines.Ingest, new RequestFullSync { UserId = "order-probe", ConnectionId = "c1" });
        await bus.SendAsync("t3-poison");
        await bus.SendAsync("t3-c");

        await Eventually.TrueAsync(() => bus.Log.Of("t3-").Contains("commit:t3-c"), _wait, "the input behind both was committed");
        // Every attempt of the poisoned input (the first and its retries) failed before the input behind it was committed.
        Assert.Equal(
            ["commit:t3-a", .. Enumerable.Repeat("fail:t3-poison", GroupCommitBus.RetryLimit + 1), "commit:t3-c"],
            bus.Log.Of("t3-"));
    }
}
