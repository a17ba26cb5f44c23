using System.Diagnostics;
using System.Text;

namespace Platform.Ingest.Diagnostics;

/// <summary>
/// Laps of one batch through its stages (prepare, archive, upsert per table, ...), so a slow snapshot
/// shows where its time went: logged at Debug with the input, and recorded as <c>ingest.stage.duration</c>.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, double Milliseconds)> _laps = new(16);
    private long _last = Stopwatch.GetTimestamp();

    public void Lap(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds;
        // A batch passes the per-unit stages once per unit: one total per stage.
        var index = _laps.FindIndex(l => l.Stage == stage);
        if (index < 0)
        {
            _laps.Add((stage, elapsed));
        }
        else
        {
            _laps[index] = (stage, _laps[index].Milliseconds + elapsed);
        }

        _last = now;
    }

    public IReadOnlyList<(string Stage, double Milliseconds)> Laps => _laps;

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (stage, ms) in _laps)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(stage).Append('=').Append(ms.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
