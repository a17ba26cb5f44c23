using Platform.Gateway.Connections;
using Platform.Gateway.Security;

namespace Platform.Gateway.Extensions;

/// <summary>The gateway's request pipeline and its own endpoints.</summary>
internal static class GatewayEndpointExtensions
{
    /// <summary>Foreign origins are refused before authentication, upgrades or proxying.</summary>
    public static WebApplication UseGatewayOriginGuard(this WebApplication app)
    {
        app.UseMiddleware<OriginGuardMiddleware>();
        return app;
    }

    /// <summary><c>GET /ws</c>: 401 before the upgrade without a valid token (header or <c>access_token</c>).</summary>
    public static WebApplication MapGatewaySocket(this WebApplication app)
    {
        app.Map("/ws", (HttpContext http, WebSocketConnectionHandler handler) => handler.HandleAsync(http))
            .RequireAuthorization();
        return app;
    }
}
