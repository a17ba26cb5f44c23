namespace Platform.Messaging;

/// <summary>
/// Maps a user id to a partition with FNV-1a over its UTF-16 code units: stable across processes,
/// machines and .NET versions (string.GetHashCode is randomised per process).
/// </summary>
public static class UserPartitioner
{
    public static int PartitionOf(string userId, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var hash = 2166136261u;
        foreach (var c in userId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)partitions);
    }
}
