using Microsoft.Extensions.Logging;

namespace Platform.Ingest.Diagnostics;

/// <summary>Hot-path log lines of ingest.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Captured event not ingested ({Status}, {Endpoint}) from {Url}: {Problem}")]
    public static partial void EventNotData(ILogger logger, string status, string endpoint, string url, string? problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown socket frame key '{Key}' from {Url} (archived)")]
    public static partial void UnknownFrameKey(ILogger logger, string key, string url);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Input {InputKey} of user {UserId} applied: {Changed} rows changed in {Milliseconds:0.0} ms")]
    public static partial void InputApplied(ILogger logger, string inputKey, string userId, int changed, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Batch of {Inputs} inputs ({Units} units): {Events} events, {Rows} rows, stages (ms) {Stages}")]
    public static partial void BatchStages(ILogger logger, int inputs, int units, int events, int rows, StageTimings stages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot {SnapshotId} of user {UserId} complete ({ChunkCount} chunks)")]
    public static partial void SnapshotComplete(ILogger logger, string snapshotId, string userId, int chunkCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot {SnapshotId} of user {UserId} failed: {Received}/{ChunkCount} chunks after the timeout")]
    public static partial void SnapshotFailed(ILogger logger, string snapshotId, string userId, int received, int chunkCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data of user {UserId} erased: {Total} rows ({PerTable})")]
    public static partial void UserDataErased(ILogger logger, string userId, int total, string perTable);
}
