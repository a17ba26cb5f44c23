using Platform.ServiceDefaults;

namespace Platform.Bench.Clients;

/// <summary>Opens sockets on a running gateway with signed tokens, as the Agent and the dashboard do.</summary>
public sealed class GatewayClient(Uri socketUri, string signingKey)
{
    public Uri SocketUri { get; } = socketUri;

    public string Token(string user, string role) => PlatformTokens.Issue(signingKey, user, role, TimeSpan.FromHours(2));

    public async Task<BenchSocket> OpenAsync(string user, string role, Action<BenchSocket, ReadOnlyMemory<byte>> onMessage, CancellationToken cancellationToken)
    {
        var socket = new BenchSocket(onMessage, Token(user, role));
        await socket.ConnectAsync(SocketUri, cancellationToken);
        return socket;
    }
}
