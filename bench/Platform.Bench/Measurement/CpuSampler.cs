using System.Globalization;

namespace Platform.Bench.Measurement;

/// <summary>
/// CPU time per component (a service, the broker, the database, the load generator) from /proc, between
/// two samples: on a 2-core box, the component near 100% of a core during a step is the first suspect.
/// </summary>
public sealed class CpuSampler(IReadOnlyDictionary<string, Func<IEnumerable<int>>> components)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private Dictionary<string, long> _start = [];
    private DateTime _startedAt;

    public static IEnumerable<int> ByName(string comm) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : -1)
            .Where(pid => pid > 0 && Comm(pid) == comm);

    public void Start()
    {
        _start = Sample();
        _startedAt = DateTime.UtcNow;
    }

    /// <returns>"gateway 35%, ingest 80%, ..." in percent of one core, busiest first.</returns>
    public string Stop()
    {
        var end = Sample();
        var seconds = Math.Max(0.001, (DateTime.UtcNow - _startedAt).TotalSeconds);
        return string.Join(", ", end
            .Select(e => (e.Key, Percent: (e.Value - _start.GetValueOrDefault(e.Key)) / TicksPerSecond / seconds * 100))
            .OrderByDescending(e => e.Percent)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} {e.Percent:0}%")));
    }

    private Dictionary<string, long> Sample() => components.ToDictionary(c => c.Key, c => c.Value().Sum(Ticks));

    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string Comm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
