namespace Platform.Graph.Infrastructure.Entities;

/// <summary>The creator's own notes and tags on a fan (from the REST API, never from the site).</summary>
public sealed class FanNoteEntity
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public string? Notes { get; set; }
    public string[] Tags { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
}
