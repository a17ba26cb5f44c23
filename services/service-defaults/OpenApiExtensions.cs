using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults;

/// <summary>
/// A service's REST API described at <c>/openapi/v1.json</c>; the dashboard's REST client is generated from
/// it (services/bridge-web/openapi/), so the document must be the same wherever and however it is served.
/// </summary>
public static class OpenApiExtensions
{
    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder)
    {
        // The web default also reads numbers from strings, which the document then declares as `number | string`
        // for every number; the services write numbers and every client sends numbers, so say exactly that.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            // Clients reach every service through the gateway, never at the host that served this document.
            document.Servers = [];
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapPlatformOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        return app;
    }
}
