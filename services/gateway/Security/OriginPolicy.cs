using Microsoft.Extensions.Options;

namespace Platform.Gateway.Security;

/// <summary>
/// Which browser origins may use the socket and the user-data API: the configured dashboard origins,
/// the request's own origin (the dashboard served through this gateway), and the Agent extension.
/// </summary>
internal sealed class OriginPolicy
{
    private const string ExtensionScheme = "chrome-extension://";
    private static readonly string[] _defaultOrigins = ["http://127.0.0.1:8080", "http://localhost:8080", "http://127.0.0.1:5173"];

    private readonly HashSet<string> _origins;
    private readonly HashSet<string> _extensionIds;
    private readonly bool _anyExtension;

    public OriginPolicy(IOptions<GatewayOptions> options, IHostEnvironment environment)
    {
        var o = options.Value;
        _origins = new HashSet<string>(o.AllowedOrigins.Count > 0 ? o.AllowedOrigins.Select(Normalize) : _defaultOrigins, StringComparer.OrdinalIgnoreCase);
        _extensionIds = new HashSet<string>(o.AllowedExtensionIds, StringComparer.Ordinal);
        _anyExtension = o.AllowAnyExtension ?? environment.IsDevelopment();
    }

    public bool IsAllowed(string origin, HttpRequest request)
    {
        if (origin.StartsWith(ExtensionScheme, StringComparison.OrdinalIgnoreCase))
        {
            var id = origin[ExtensionScheme.Length..].TrimEnd('/');
            return id.Length > 0 && (_anyExtension || _extensionIds.Contains(id));
        }

        var normalized = Normalize(origin);
        return _origins.Contains(normalized)
            || string.Equals(normalized, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string origin) => origin.Trim().TrimEnd('/');
}
