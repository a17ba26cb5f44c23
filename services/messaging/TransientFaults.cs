using System.Data.Common;

namespace Platform.Messaging;

/// <summary>Failures that go away by themselves: the database or the broker restarting, a timeout.</summary>
public static class TransientFaults
{
    public static bool IsTransient(Exception e) =>
        e is TimeoutException || e is DbException { IsTransient: true } || e.InnerException is { } inner && IsTransient(inner);
}
