using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults;

/// <summary>Issues and describes the platform's HS256 tokens: subject = user id, <c>role</c> = agent | bridge.</summary>
public static class PlatformTokens
{
    public static SymmetricSecurityKey Key(string signingKey)
    {
        if (Encoding.UTF8.GetByteCount(signingKey) < 32)
        {
            throw new InvalidOperationException("The signing key (Auth:SigningKey or PLATFORM_SIGNING_KEY) must be at least 32 bytes.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey));
    }

    public static string Issue(string signingKey, string userId, string role, TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformAuthOptions.Issuer,
            Audience = PlatformAuthOptions.Audience,
            Subject = new ClaimsIdentity([new Claim(PlatformAuthOptions.UserClaim, userId), new Claim(PlatformAuthOptions.RoleClaim, role)]),
            IssuedAt = now,
            NotBefore = now.AddSeconds(-5),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The token a request carries in <c>?access_token=</c>: browsers cannot set headers on a WebSocket.</summary>
    public static string? FromQuery(HttpRequest request) =>
        request.Query.TryGetValue("access_token", out var token) && !string.IsNullOrEmpty(token) ? token.ToString() : null;

    public static TokenValidationParameters ValidationParameters(string signingKey) => new()
    {
        ValidIssuer = PlatformAuthOptions.Issuer,
        ValidAudience = PlatformAuthOptions.Audience,
        IssuerSigningKey = Key(signingKey),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = PlatformAuthOptions.UserClaim,
        RoleClaimType = PlatformAuthOptions.RoleClaim,
    };
}
