using Platform.Contracts.Capture;

namespace Platform.Ingest.Sites;

/// <summary>
/// All knowledge of one site's traffic formats. The pipeline only sees <see cref="ParsedCapture"/>,
/// so adding a site means adding an adapter, not touching the pipeline.
/// </summary>
public interface ISiteAdapter
{
    /// <summary>Short stable name, used as a metric tag.</summary>
    string Site { get; }

    bool CanHandle(string url);

    /// <summary>Never half-applies: either the whole event's data, or a non-data status with a reason.</summary>
    ParsedCapture Parse(RawCapturedEvent captured);
}
