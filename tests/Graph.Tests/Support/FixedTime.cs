namespace Platform.Graph.Tests.Support;

/// <summary>A clock that stands still, so priorities (which depend on waiting time) are comparable.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
