namespace Platform.Contracts.Model;

/// <summary>Size of a user's conversation graph.</summary>
public sealed record GraphStats
{
    public int NodeCount { get; init; }
    public int EdgeCount { get; init; }
    public int Fans { get; init; }
    public int Conversations { get; init; }
    public int Messages { get; init; }
    public int Transactions { get; init; }
}
