using Microsoft.Extensions.Logging;

namespace Platform.Messaging.GroupCommit;

/// <summary>Log lines of the partition group commit.</summary>
internal static partial class GroupCommitLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Inputs} inputs failed ({Error}); applying them one by one to isolate the failing one")]
    public static partial void BatchIsolating(ILogger logger, int inputs, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Inputs} inputs on {Queue} hit a transient fault (attempt {Attempt}): {Error}")]
    public static partial void BatchRetrying(ILogger logger, string queue, int inputs, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Queue}: the group commit has waited {Seconds:0} s for delivery tag {Tag} ({State}); the inputs behind it keep waiting")]
    public static partial void DeliveryAwaited(ILogger logger, string queue, ulong tag, double seconds, string state);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Queue}: delivery tag {Tag} was handed back to the broker {Seconds:0} s ago while its channel stayed open; the inputs behind it are committed without it (its order is lost)")]
    public static partial void ReturnedHoldReleased(ILogger logger, string queue, ulong tag, double seconds);
}
