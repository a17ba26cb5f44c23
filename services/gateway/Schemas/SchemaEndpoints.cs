using Platform.Contracts.Serialization;

namespace Platform.Gateway.Schemas;

/// <summary><c>GET /api/v1/schemas/wss</c>: the JSON Schema of both WebSocket unions, generated from the contracts.</summary>
public static class SchemaEndpoints
{
    private static readonly Lazy<string> _wssSchema = new(WssSchema.BuildJson);

    public static IEndpointRouteBuilder MapSchemaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/schemas/wss", () => Results.Text(_wssSchema.Value, "application/schema+json"))
            .WithName("GetWssSchema")
            .AllowAnonymous();
        return app;
    }
}
