using Platform.Contracts.Capture;

namespace Platform.Ingest.Sites;

/// <summary>Picks the adapter for an event's URL; an adapter that throws cannot take the pipeline down.</summary>
public sealed class SiteAdapters(IEnumerable<ISiteAdapter> adapters)
{
    private readonly ISiteAdapter[] _adapters = [.. adapters];

    public (string Site, ParsedCapture Capture) Parse(RawCapturedEvent captured)
    {
        var adapter = Array.Find(_adapters, a => a.CanHandle(captured.Data.Url));
        if (adapter is null)
        {
            return ("none", ParsedCapture.NotData(ParseStatus.Unsupported, "unknown", "no site adapter for this URL"));
        }

        try
        {
            return (adapter.Site, adapter.Parse(captured));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException
            or ArgumentException or KeyNotFoundException or IndexOutOfRangeException or System.Text.Json.JsonException)
        {
            // A parser bug or a shape it did not expect: the event is archived and reported, never fatal.
            return (adapter.Site, ParsedCapture.NotData(ParseStatus.Invalid, "unknown", e.GetType().Name + ": " + e.Message));
        }
    }
}
