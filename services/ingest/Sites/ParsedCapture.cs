using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites;

/// <summary>The normalised content of one captured event.</summary>
public sealed record ParsedCapture
{
    public required ParseStatus Status { get; init; }

    /// <summary>Short machine-friendly endpoint name (<c>chats</c>, <c>ws.api2_chat_message</c>, ...), a metric tag.</summary>
    public string Endpoint { get; init; } = "unknown";

    /// <summary>Why the event is not data, when it is not.</summary>
    public string? Problem { get; init; }

    public CreatorProfile? Creator { get; init; }
    public IReadOnlyList<FanProfile> Fans { get; init; } = [];
    public IReadOnlyList<ChatState> Chats { get; init; } = [];
    public IReadOnlyList<ParsedMessage> Messages { get; init; } = [];
    public IReadOnlyList<NormalizedTransaction> Transactions { get; init; } = [];
    public IReadOnlyList<FanSubscription> Subscriptions { get; init; } = [];

    /// <summary>Keys of a socket frame nobody knows yet: kept in the archive, logged and counted.</summary>
    public IReadOnlyList<string> UnknownKeys { get; init; } = [];

    public static ParsedCapture NotData(ParseStatus status, string endpoint, string problem) =>
        new() { Status = status, Endpoint = endpoint, Problem = problem };

    public static ParsedCapture Ignored(string endpoint) => new() { Status = ParseStatus.Ignored, Endpoint = endpoint };
}
