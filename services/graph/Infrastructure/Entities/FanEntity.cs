namespace Platform.Graph.Infrastructure.Entities;

/// <summary>A fan node as last captured; null fields were never seen.</summary>
public sealed class FanEntity
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public string? Name { get; set; }
    public string? Username { get; set; }
    public string? AvatarUrl { get; set; }
    public DateTime UpdatedAt { get; set; }
}
