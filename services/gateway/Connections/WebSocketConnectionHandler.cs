using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Contracts.Wss;
using Platform.Gateway.Inbound;
using Platform.Gateway.Security;
using Platform.Gateway.Transport;
using Platform.Messaging;

namespace Platform.Gateway.Connections;

/// <summary>
/// A socket's lifecycle: accept an authenticated upgrade, greet, join the user, run the transport, leave.
/// The Origin check already happened; the token is checked here, before the upgrade.
/// </summary>
internal sealed class WebSocketConnectionHandler(
    UserLifetimeManager users,
    WebSocketTransport transport,
    PipelineForwarder forwarder,
    ConnectionGreeting greeting,
    SocketAuthenticator authenticator,
    IOptions<GatewayOptions> options,
    ILogger<WebSocketConnectionHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (await authenticator.AuthenticateAsync(http.Request) is not { } identity)
        {
            // As the JwtBearer scheme's challenge answers.
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!TryRole(identity.Role, out var role))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var connection = new GatewayConnection(identity.UserId, role, options.Value, http.RequestAborted);
        // Queued before the connection is visible to the outbound path, so the ack is always the first frame.
        greeting.Greet(connection);
        try
        {
            await users.JoinAsync(connection, connection.Aborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            GatewayLog.BindFailed(logger, e, connection.UserId);
            connection.Send(GatewayFrames.Error(GatewayFrames.Unavailable, "the gateway cannot reach the broker: reconnect later", null));
            connection.RequestClose(CloseRequest.Unavailable);
        }

        GatewayLog.ConnectionOpened(logger, connection.Id, connection.UserId, role);
        try
        {
            await transport.RunAsync(socket, connection, () => OnStartedAsync(connection));
        }
        finally
        {
            await users.LeaveAsync(connection);
        }
    }

    /// <summary>A dashboard gets the current state at once, without waiting for the Agent's next snapshot.</summary>
    private async Task OnStartedAsync(GatewayConnection connection)
    {
        if (connection.Role == ClientRole.Bridge && connection.Close is null)
        {
            var request = new RequestFullSync { UserId = connection.UserId, ConnectionId = connection.Id };
            await forwarder.ForwardAsync(connection, Pipelines.Graph, request, frameId: null, connection.Aborted);
        }
    }

    private static bool TryRole(string? claim, out ClientRole role)
    {
        role = claim switch
        {
            "agent" => ClientRole.Agent,
            "bridge" => ClientRole.Bridge,
            _ => (ClientRole)(-1),
        };
        return Enum.IsDefined(role);
    }
}
