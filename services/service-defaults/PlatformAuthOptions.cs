namespace Platform.ServiceDefaults;

/// <summary>Token settings shared by every service (section <c>Auth</c>; <c>PLATFORM_SIGNING_KEY</c> overrides the key).</summary>
public sealed class PlatformAuthOptions
{
    public const string Section = "Auth";
    public const string Issuer = "platform";
    public const string Audience = "platform";
    public const string UserClaim = "sub";
    public const string RoleClaim = "role";

    /// <summary>HS256 key, at least 32 bytes of text.</summary>
    public string SigningKey { get; set; } = "";
}
