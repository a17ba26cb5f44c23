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

    /// <summary>
    /// <c>GET /ws</c>: 401 before the upgrade without a valid token (header or <c>access_token</c>). A branch ahead of
    /// the authentication middleware, not an endpoint behind it: the socket checks its token itself
    /// (<see cref="SocketAuthenticator"/>), because what the middleware authenticates stays referenced by the
    /// request, that is for the socket's whole life.
    /// </summary>
    public static WebApplication UseGatewaySocket(this WebApplication app)
    {
        app.MapWhen(
            c => IsSocketPath(c.Request.Path),
            socket => socket.Run(c => c.RequestServices.GetRequiredService<WebSocketConnectionHandler>().HandleAsync(c)));
        return app;
    }

    // What the endpoint "/ws" matched: the path, case-insensitive, with or without a trailing slash.
    private static bool IsSocketPath(PathString path) => path == "/ws" || path == "/ws/";
}
