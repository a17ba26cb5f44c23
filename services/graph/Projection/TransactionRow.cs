using Platform.Contracts.Messaging;

namespace Platform.Graph.Projection;

/// <summary>A transaction as stored; only <c>done</c> ones count as spend.</summary>
internal sealed record TransactionRow(
    string TransactionId,
    string? FanId,
    TransactionKind Kind,
    decimal Amount,
    string Currency,
    string Status,
    DateTimeOffset CreatedAt)
{
    public const string DoneStatus = "done";

    public bool Counts => string.Equals(Status, DoneStatus, StringComparison.OrdinalIgnoreCase);
}
