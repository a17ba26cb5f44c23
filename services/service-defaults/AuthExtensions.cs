using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults;

/// <summary>Bearer-token authentication for REST and the WebSocket (token in the header or in <c>access_token</c>).</summary>
public static class AuthExtensions
{
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var signingKey = builder.Configuration["PLATFORM_SIGNING_KEY"]
            ?? builder.Configuration[$"{PlatformAuthOptions.Section}:{nameof(PlatformAuthOptions.SigningKey)}"]
            ?? throw new InvalidOperationException("Set PLATFORM_SIGNING_KEY (or Auth:SigningKey): the key tokens are signed with.");
        builder.Services.Configure<PlatformAuthOptions>(o => o.SigningKey = signingKey);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = PlatformTokens.ValidationParameters(signingKey);
            o.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on a WebSocket: the token may come as ?access_token=.
                OnMessageReceived = c =>
                {
                    c.Token ??= PlatformTokens.FromQuery(c.Request);
                    return Task.CompletedTask;
                },
            };
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>The platform user a request or connection belongs to (the token's subject).</summary>
    public static string UserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(PlatformAuthOptions.UserClaim) ?? throw new InvalidOperationException("The token has no subject.");

    public static string? PlatformRole(this ClaimsPrincipal principal) => principal.FindFirstValue(PlatformAuthOptions.RoleClaim);
}
