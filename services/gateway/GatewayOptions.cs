namespace Platform.Gateway;

/// <summary>Section <c>Gateway</c>: socket limits, timeouts and the Origin allow-list (docs/gateway.md).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Browser origins allowed to open the socket and call the API (the dashboard's).</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Ids of the Agent extension allowed as <c>chrome-extension://ID</c> origins.</summary>
    public List<string> AllowedExtensionIds { get; set; } = [];

    /// <summary>Any <c>chrome-extension://</c> origin; null means true in Development only (unpacked ids vary).</summary>
    public bool? AllowAnyExtension { get; set; }

    public int MaxFrameBytes { get; set; } = 1024 * 1024;

    public RateLimitOptions RateLimit { get; set; } = new();

    public OutboundQueueOptions OutboundQueue { get; set; } = new();

    public int IdleTimeoutSeconds { get; set; } = 60;

    public int HeartbeatIntervalSeconds { get; set; } = 25;

    public int KeepaliveIntervalSeconds { get; set; } = 20;

    /// <summary>How long a broker send may take before the frame is answered with <c>unavailable</c>.</summary>
    public int PublishTimeoutSeconds { get; set; } = 10;

    /// <summary>How long a closing socket gets to finish its close handshake before it is aborted.</summary>
    public int CloseTimeoutSeconds { get; set; } = 10;

    public int MaxSubscriptionsPerConnection { get; set; } = 256;
}

public sealed class RateLimitOptions
{
    /// <summary>Frames per second a connection may send on average.</summary>
    public int PerSecond { get; set; } = 2000;

    /// <summary>Frames a connection may send at once.</summary>
    public int Burst { get; set; } = 4000;
}

public sealed class OutboundQueueOptions
{
    public int MaxFrames { get; set; } = 1000;

    public int MaxBytes { get; set; } = 1024 * 1024;
}
