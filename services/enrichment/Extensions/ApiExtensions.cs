using Platform.Enrichment.Api;

namespace Platform.Enrichment.Extensions;

public static class ApiExtensions
{
    /// <summary>REST under <c>/api/v1</c> (the gateway proxies it): settings, commands, suggestions, fan scores.</summary>
    public static WebApplication MapEnrichmentApi(this WebApplication app)
    {
        app.MapGroup("/api/v1").RequireAuthorization().MapSettingsApi().MapCommandsApi();
        return app;
    }
}
