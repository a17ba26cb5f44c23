using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Graph.Tests.Support;

/// <summary>Builders of the normalised records ingest sends.</summary>
public static class Data
{
    public static readonly DateTimeOffset T0 = new(2025, 5, 30, 8, 0, 0, TimeSpan.Zero);

    public static NormalizedMessage Message(string id, string chat, MessageDirection direction, DateTimeOffset at, string text = "hello") => new()
    {
        MessageId = id,
        ChatId = chat,
        FromUserId = direction == MessageDirection.In ? chat : "creator",
        Direction = direction,
        TextHtml = $"<p>{text}</p>",
        TextPlain = text,
        CreatedAt = at,
    };

    public static NormalizedMessage In(string id, string chat, int minute, string text = "hi") => Message(id, chat, MessageDirection.In, T0.AddMinutes(minute), text);

    public static NormalizedMessage Out(string id, string chat, int minute, string text = "hey") => Message(id, chat, MessageDirection.Out, T0.AddMinutes(minute), text);

    public static NormalizedTransaction Transaction(string id, string fan, TransactionKind kind, decimal amount, string status = "done", int minute = 0) => new()
    {
        TransactionId = id,
        FanId = fan,
        Kind = kind,
        Amount = amount,
        Net = amount * 0.8m,
        Fee = amount * 0.2m,
        Status = status,
        CreatedAt = T0.AddMinutes(minute),
    };

    public static FanProfile Fan(string id, string? name = null) => new() { FanId = id, Name = name ?? $"Fan {id}", Username = $"u{id}" };

    public static MessagesIngested Batch(
        string user, long sequence, string? snapshotId = null,
        IEnumerable<NormalizedMessage>? messages = null, IEnumerable<NormalizedTransaction>? transactions = null,
        IEnumerable<FanProfile>? fans = null, IEnumerable<ChatState>? chats = null, IEnumerable<FanSubscription>? subscriptions = null) => new()
    {
        UserId = user,
        Sequence = sequence,
        SnapshotId = snapshotId,
        Messages = [.. messages ?? []],
        Transactions = [.. transactions ?? []],
        Fans = [.. fans ?? []],
        Chats = [.. chats ?? []],
        Subscriptions = [.. subscriptions ?? []],
        IngestedAt = T0,
    };

    public static SnapshotIngested SnapshotDone(string user, string snapshotId, int chunks) => new()
    {
        UserId = user,
        SnapshotId = snapshotId,
        ChunkCount = chunks,
        IngestedAt = T0,
    };
}
