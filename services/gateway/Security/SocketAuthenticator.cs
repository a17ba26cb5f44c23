using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults;

namespace Platform.Gateway.Security;

/// <summary>
/// Validates a socket's token with the JwtBearer scheme's own handlers and parameters, but outside the
/// authentication middleware, and keeps only the user id and the role. Through the middleware every socket
/// kept its whole authentication result for its lifetime (the principal with every claim, the parsed JWT,
/// the ticket twice, the scheme handler): about 5 KB of 10,000 idle sockets' ~28 KB each.
/// Same token sources as the scheme: <c>access_token</c> first (browsers cannot set a WebSocket's headers), then the header.
/// </summary>
internal sealed class SocketAuthenticator(IOptionsMonitor<JwtBearerOptions> schemes)
{
    private const string BearerPrefix = "Bearer ";

    public async Task<SocketIdentity?> AuthenticateAsync(HttpRequest request)
    {
        if (TokenOf(request) is not { Length: > 0 } token)
        {
            return null;
        }

        var options = schemes.Get(JwtBearerDefaults.AuthenticationScheme);
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, options.TokenValidationParameters);
            if (result.IsValid && result.ClaimsIdentity.FindFirst(PlatformAuthOptions.UserClaim)?.Value is { } userId)
            {
                return new SocketIdentity(userId, result.ClaimsIdentity.FindFirst(PlatformAuthOptions.RoleClaim)?.Value);
            }
        }

        return null;
    }

    private static string? TokenOf(HttpRequest request)
    {
        if (PlatformTokens.FromQuery(request) is { } query)
        {
            return query;
        }

        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }
}

/// <summary>All a socket keeps of its token.</summary>
internal sealed record SocketIdentity(string UserId, string? Role);
