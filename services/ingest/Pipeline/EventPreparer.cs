using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Capture;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Sites;

namespace Platform.Ingest.Pipeline;

/// <summary>Parses one event, computes its archive identity, and reports what is not data (metric + log with the URL).</summary>
public sealed class EventPreparer(SiteAdapters adapters, IngestMetrics metrics, ILogger<EventPreparer> logger)
{
    public ArchivedEvent Prepare(RawCapturedEvent raw)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(raw, IngestJsonContext.Default.RawCapturedEvent);
        var (site, parsed) = adapters.Parse(raw);
        var notData = parsed.Status is not (ParseStatus.Parsed or ParseStatus.Ignored);
        metrics.Event(site, parsed.Endpoint, parsed.Status.ToString(), notData);
        if (notData)
        {
            IngestLog.EventNotData(logger, parsed.Status.ToString(), parsed.Endpoint, raw.Data.Url, parsed.Problem);
        }

        foreach (var key in parsed.UnknownKeys)
        {
            metrics.UnknownKey(site, key);
            IngestLog.UnknownFrameKey(logger, key, raw.Data.Url);
        }

        return new ArchivedEvent(raw, SHA256.HashData(payload), Encoding.UTF8.GetString(payload), site, parsed);
    }

    /// <summary>For a re-parse: the archived JSON back into an event, parsed with the current adapters.</summary>
    public ArchivedEvent? FromArchive(string payload)
    {
        var raw = JsonSerializer.Deserialize(payload, IngestJsonContext.Default.RawCapturedEvent);
        return raw is null ? null : Prepare(raw);
    }
}
