using System.Text.Json;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>One REST endpoint family of the site: which requests it reads, and how.</summary>
public interface IOnlyFansEndpoint
{
    string Name { get; }

    /// <param name="segments">The path under <c>/api2/v2/</c>, split on '/'.</param>
    bool Matches(string method, string[] segments);

    ParsedCapture Parse(EndpointRequest request);
}

/// <summary>A successful JSON response of the site, with its route.</summary>
public sealed record EndpointRequest(string Method, string[] Segments, JsonElement Body, DateTimeOffset CapturedAt);
