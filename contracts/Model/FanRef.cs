namespace Platform.Contracts.Model;

/// <summary>The fan a conversation is with. Ids are the site's ids as decimal strings.</summary>
public sealed record FanRef
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Username { get; init; }
    public string? AvatarUrl { get; init; }
}
