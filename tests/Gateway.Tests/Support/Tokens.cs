using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Support;

/// <summary>Tokens the gateway must refuse (and one it must accept but not as a socket role).</summary>
public static class Tokens
{
    public static string Expired(string userId) => Create(TestTokens.SigningKey, userId, "agent", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

    public static string WrongSignature(string userId) =>
        Create("another-signing-key-0123456789abcdef0123456789", userId, "agent", DateTime.UtcNow, DateTime.UtcNow.AddHours(1));

    public static string WithRole(string userId, string role) => Create(TestTokens.SigningKey, userId, role, DateTime.UtcNow, DateTime.UtcNow.AddHours(1));

    private static string Create(string key, string userId, string role, DateTime notBefore, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformAuthOptions.Issuer,
            Audience = PlatformAuthOptions.Audience,
            Subject = new ClaimsIdentity([new Claim(PlatformAuthOptions.UserClaim, userId), new Claim(PlatformAuthOptions.RoleClaim, role)]),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}
