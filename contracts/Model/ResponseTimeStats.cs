namespace Platform.Contracts.Model;

/// <summary>Seconds from a fan's first unanswered message to the creator's next reply; null when never measured.</summary>
public sealed record ResponseTimeStats
{
    public double? AvgSeconds { get; init; }
    public double? P90Seconds { get; init; }
    public int Samples { get; init; }
}
