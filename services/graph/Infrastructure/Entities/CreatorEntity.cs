namespace Platform.Graph.Infrastructure.Entities;

/// <summary>The creator node: the platform user's own site account.</summary>
public sealed class CreatorEntity
{
    public required string UserId { get; set; }
    public required string CreatorId { get; set; }
    public string? Name { get; set; }
    public string? Username { get; set; }
}
