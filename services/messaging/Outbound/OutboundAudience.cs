namespace Platform.Messaging.Outbound;

/// <summary>Which of a user's sockets an outbound frame is for.</summary>
public enum AudienceKind
{
    /// <summary>The user's dashboards.</summary>
    Bridges,
    /// <summary>The user's Agents.</summary>
    Agents,
    /// <summary>Every socket of the user.</summary>
    All,
    /// <summary>One connection (its id in <see cref="OutboundAudience.Target"/>).</summary>
    Connection,
    /// <summary>Sockets subscribed to a topic such as <c>chat:123</c> (in <see cref="OutboundAudience.Target"/>).</summary>
    Topic,
}

public readonly record struct OutboundAudience(AudienceKind Kind, string? Target = null)
{
    public static OutboundAudience Bridges { get; } = new(AudienceKind.Bridges);
    public static OutboundAudience Agents { get; } = new(AudienceKind.Agents);
    public static OutboundAudience All { get; } = new(AudienceKind.All);

    public static OutboundAudience ToConnection(string connectionId) => new(AudienceKind.Connection, connectionId);

    public static OutboundAudience ToTopic(string topic) => new(AudienceKind.Topic, topic);
}
