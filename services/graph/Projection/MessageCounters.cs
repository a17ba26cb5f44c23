using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>Messages per UTC day and per hour of week; only inserts count (a message's time never changes).</summary>
internal sealed class MessageCounters
{
    public const int HoursPerWeek = 7 * 24;

    public SortedDictionary<DateOnly, (int In, int Out)> PerDay { get; } = [];
    public int[] PerHourOfWeek { get; } = new int[HoursPerWeek];
    public int Total { get; private set; }

    public void Add(MessageDirection direction, DateTimeOffset createdAt) => Add(direction, createdAt.UtcDateTime, 1);

    public void Add(MessageDirection direction, DateTime utc, int count)
    {
        var day = DateOnly.FromDateTime(utc);
        PerDay.TryGetValue(day, out var current);
        PerDay[day] = direction == MessageDirection.In ? (current.In + count, current.Out) : (current.In, current.Out + count);
        PerHourOfWeek[((int)utc.DayOfWeek * 24) + utc.Hour] += count;
        Total += count;
    }
}
