using Platform.Messaging;

namespace Platform.Contracts.Tests.Messaging;

public class UserPartitionerTests
{
    [Fact]
    public void Should_map_a_user_to_the_same_partition_every_time()
    {
        var first = UserPartitioner.PartitionOf("creator-42", 8);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(first, UserPartitioner.PartitionOf("creator-42", 8)));
    }

    [Fact]
    public void Should_use_a_hash_that_does_not_change_between_processes()
    {
        // FNV-1a of "a" is 0xE40C292C; string.GetHashCode would differ per process.
        Assert.Equal((int)(0xE40C292Cu % 8), UserPartitioner.PartitionOf("a", 8));
    }

    [Fact]
    public void Should_spread_users_over_every_partition()
    {
        var counts = Enumerable.Range(0, 800).GroupBy(i => UserPartitioner.PartitionOf($"user-{i}", 8)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(8, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 50, 150));
    }
}
