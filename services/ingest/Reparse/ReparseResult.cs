namespace Platform.Ingest.Reparse;

/// <summary>What a re-parse did, returned as JSON by <c>POST /api/v1/admin/reparse</c>.</summary>
public sealed record ReparseResult(
    string UserId, string SnapshotId, int Events, int Unparsed, int Fans, int Chats, int Messages, int Transactions, int Subscriptions, int PendingEchoes);
