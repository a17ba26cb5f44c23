using System.Diagnostics;
using System.Diagnostics.Metrics;
using Platform.ServiceDefaults;

namespace Platform.Ingest.Diagnostics;

/// <summary>Ingest's instruments on the platform meter ("Platform").</summary>
public sealed class IngestMetrics
{
    private readonly Counter<long> _events;
    private readonly Counter<long> _unparsed;
    private readonly Counter<long> _unknownKeys;
    private readonly Counter<long> _rowsChanged;
    private readonly Histogram<double> _inputDuration;
    private readonly Histogram<double> _stageDuration;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<int> _batchSize;

    public IngestMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(TelemetryExtensions.PlatformMeter);
        _events = meter.CreateCounter<long>("ingest.events", description: "Captured events ingested, by parse status");
        _unparsed = meter.CreateCounter<long>("ingest.events.unparsed", description: "Captured events that are not data (error status, non-JSON, unknown shape, invalid)");
        _unknownKeys = meter.CreateCounter<long>("ingest.frames.unknown_keys", description: "Socket frame keys no parser knows");
        _rowsChanged = meter.CreateCounter<long>("ingest.rows.changed", description: "Normalised rows inserted or changed, by table");
        _inputDuration = meter.CreateHistogram<double>("ingest.input.duration", unit: "ms", description: "From consume to committed rows, per input message");
        _batchDuration = meter.CreateHistogram<double>("ingest.batch.duration", unit: "ms", description: "From consume to committed rows, per batch of inputs");
        _batchSize = meter.CreateHistogram<int>("ingest.batch.size", unit: "{input}", description: "Inputs applied in one transaction (grows with load)");
        _stageDuration = meter.CreateHistogram<double>("ingest.stage.duration", unit: "ms", description: "Time of one stage of one batch (parse, archive, upsert per table, ...)");
    }

    public void Event(string site, string endpoint, string status, bool unparsed)
    {
        var tags = new TagList { { "site", site }, { "endpoint", endpoint }, { "status", status } };
        _events.Add(1, tags);
        if (unparsed)
        {
            _unparsed.Add(1, tags);
        }
    }

    public void UnknownKey(string site, string key) => _unknownKeys.Add(1, new TagList { { "site", site }, { "key", key } });

    public void RowsChanged(string table, int count)
    {
        if (count > 0)
        {
            _rowsChanged.Add(count, new KeyValuePair<string, object?>("table", table));
        }
    }

    public void InputApplied(double milliseconds, bool snapshot) =>
        _inputDuration.Record(milliseconds, new KeyValuePair<string, object?>("kind", snapshot ? "snapshot" : "delta"));

    public void BatchApplied(double milliseconds, int inputs)
    {
        _batchDuration.Record(milliseconds);
        _batchSize.Record(inputs);
    }

    public void Stages(StageTimings timings)
    {
        foreach (var (stage, milliseconds) in timings.Laps)
        {
            _stageDuration.Record(milliseconds, new KeyValuePair<string, object?>("stage", stage));
        }
    }
}
