using Platform.Graph.Projection;

namespace Platform.Graph.Tests.Projection;

public sealed class PriorityScoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_rank_a_long_wait_from_a_valuable_unhappy_fan_highest()
    {
        var urgent = PriorityScore.Compute(Now.AddHours(-30), Now, 2000, -1, 1);
        var fresh = PriorityScore.Compute(Now, Now, 0, null, null);
        var answered = PriorityScore.Compute(null, Now, 0, null, null);

        Assert.Equal(100, urgent);
        Assert.Equal(40, fresh);
        Assert.Equal(0, answered);
    }

    [Fact]
    public void Should_grow_with_waiting_time_and_fan_value()
    {
        Assert.True(PriorityScore.Compute(Now.AddHours(-2), Now, 0, null, null) > PriorityScore.Compute(Now.AddMinutes(-2), Now, 0, null, null));
        Assert.True(PriorityScore.Compute(null, Now, 500, null, null) > PriorityScore.Compute(null, Now, 5, null, null));
    }
}
