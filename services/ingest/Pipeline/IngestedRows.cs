using Platform.Contracts.Messaging;

namespace Platform.Ingest.Pipeline;

/// <summary>A set of normalised rows: everything an input contained, or only what it changed.</summary>
public sealed record IngestedRows
{
    public CreatorProfile? Creator { get; init; }
    public IReadOnlyList<FanProfile> Fans { get; init; } = [];
    public IReadOnlyList<ChatState> Chats { get; init; } = [];
    public IReadOnlyList<NormalizedMessage> Messages { get; init; } = [];
    public IReadOnlyList<NormalizedTransaction> Transactions { get; init; } = [];
    public IReadOnlyList<FanSubscription> Subscriptions { get; init; } = [];

    public bool IsEmpty => Creator is null && Fans.Count == 0 && Chats.Count == 0 && Messages.Count == 0
        && Transactions.Count == 0 && Subscriptions.Count == 0;

    public int Count => (Creator is null ? 0 : 1) + Fans.Count + Chats.Count + Messages.Count + Transactions.Count + Subscriptions.Count;

    public MessagesIngested ToMessage(string userId, long sequence, string? snapshotId) => new()
    {
        UserId = userId,
        Sequence = sequence,
        SnapshotId = snapshotId,
        Creator = Creator,
        Fans = Fans,
        Chats = Chats,
        Messages = Messages,
        Transactions = Transactions,
        Subscriptions = Subscriptions,
        IngestedAt = DateTimeOffset.UtcNow,
    };
}

/// <summary>The outcome of applying an input: all its rows (what a snapshot publishes) and the changed ones (what a delta publishes).</summary>
public sealed record AppliedInput(IngestedRows All, IngestedRows Changed);
