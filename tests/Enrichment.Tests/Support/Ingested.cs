using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Enrichment.Tests.Support;

/// <summary>Builds the messages ingest would send.</summary>
public static class Ingested
{
    private static long _sequence;

    public static NormalizedMessage FanMessage(string chatId, string text, DateTimeOffset? at = null, string? id = null) => new()
    {
        MessageId = id ?? Random.Shared.NextInt64(8_000_000_000_000, 9_000_000_000_000).ToString(),
        ChatId = chatId,
        FromUserId = chatId,
        Direction = MessageDirection.In,
        TextHtml = $"<p>{text}</p>",
        TextPlain = text,
        CreatedAt = at ?? DateTimeOffset.UtcNow,
    };

    public static NormalizedMessage CreatorMessage(string chatId, string text, DateTimeOffset at) =>
        FanMessage(chatId, text, at) with { FromUserId = "200000002", Direction = MessageDirection.Out };

    public static NormalizedTransaction Tip(string fanId, decimal amount, DateTimeOffset? at = null) => new()
    {
        TransactionId = Guid.NewGuid().ToString("N")[..10],
        FanId = fanId,
        Kind = TransactionKind.Tip,
        Amount = amount,
        Status = "done",
        CreatedAt = at ?? DateTimeOffset.UtcNow.AddDays(-1),
    };

    public static MessagesIngested Batch(string user, string? snapshotId = null, IReadOnlyList<FanProfile>? fans = null,
        IReadOnlyList<NormalizedMessage>? messages = null, IReadOnlyList<NormalizedTransaction>? transactions = null) => new()
    {
        UserId = user,
        Sequence = Interlocked.Increment(ref _sequence),
        SnapshotId = snapshotId,
        Fans = fans ?? [],
        Messages = messages ?? [],
        Transactions = transactions ?? [],
        IngestedAt = DateTimeOffset.UtcNow,
    };
}
