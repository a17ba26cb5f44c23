using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>Everything known about one fan besides messages and money.</summary>
internal sealed class FanState(string fanId)
{
    public string FanId { get; } = fanId;
    public string? Name { get; set; }
    public string? Username { get; set; }
    public string? AvatarUrl { get; set; }
    public string? Notes { get; set; }
    public IReadOnlyList<string> Tags { get; set; } = [];
    public SubscriptionInfo? Subscription { get; set; }
    public FanScores? Scores { get; set; }

    public FanRef ToRef() => new() { Id = FanId, Name = Name, Username = Username, AvatarUrl = AvatarUrl };
}
