namespace Platform.Graph.Processing;

/// <summary>The graph's hot-path log events (source-generated, no boxing).</summary>
internal static partial class GraphLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Delta for user {UserId}: {Messages} messages, {Conversations} conversations changed")]
    public static partial void DeltaApplied(ILogger logger, string userId, int messages, int conversations);

    [LoggerMessage(Level = LogLevel.Information, Message = "full_sync_response {SnapshotId} for user {UserId}: {Conversations} conversations in {ElapsedMs:0.0} ms")]
    public static partial void FullSyncPushed(ILogger logger, string userId, string snapshotId, int conversations, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the graph data of user {UserId}: {Rows} rows")]
    public static partial void UserDataDeleted(ILogger logger, string userId, int rows);
}
