using Platform.ServiceDefaults;

namespace Platform.TestSupport;

/// <summary>Tokens signed with the key test hosts are configured with.</summary>
public static class TestTokens
{
    public const string SigningKey = "test-signing-key-0123456789abcdef0123456789abcdef";

    public static string Agent(string userId, TimeSpan? lifetime = null) =>
        PlatformTokens.Issue(SigningKey, userId, "agent", lifetime ?? TimeSpan.FromHours(1));

    public static string Bridge(string userId, TimeSpan? lifetime = null) =>
        PlatformTokens.Issue(SigningKey, userId, "bridge", lifetime ?? TimeSpan.FromHours(1));
}
