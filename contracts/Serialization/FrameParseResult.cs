using Platform.Contracts.Wss;

namespace Platform.Contracts.Serialization;

/// <summary>The outcome of parsing one client frame: a typed message, or the problems that explain why not.</summary>
public sealed record FrameParseResult
{
    public IncomingWssMessage? Message { get; private init; }

    /// <summary>The frame's <c>id</c> when it could be read, so an error can name the frame it answers.</summary>
    public string? FrameId { get; private init; }

    /// <summary>Stable error code (<see cref="FrameErrorCodes"/>); null when valid.</summary>
    public string? ErrorCode { get; private init; }

    public IReadOnlyList<string> Problems { get; private init; } = [];

    public bool IsValid => Message is not null;

    public static FrameParseResult Valid(IncomingWssMessage message) => new() { Message = message, FrameId = message.Id };

    public static FrameParseResult Invalid(string code, string? frameId, IReadOnlyList<string> problems) =>
        new() { ErrorCode = code, FrameId = frameId, Problems = problems };
}

/// <summary>The codes a <c>system_error</c> can carry for a bad frame.</summary>
public static class FrameErrorCodes
{
    public const string InvalidJson = "invalid_json";
    public const string InvalidEnvelope = "invalid_envelope";
    public const string UnknownType = "unknown_type";
    public const string InvalidPayload = "invalid_payload";
    public const string Forbidden = "forbidden";
    public const string RateLimited = "rate_limited";
    public const string BinaryNotSupported = "binary_not_supported";
    public const string Internal = "internal_error";
}
