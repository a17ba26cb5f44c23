using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Platform.ServiceDefaults;

/// <summary>
/// Where the broker and the database are: <c>RABBITMQ_URL</c> and <c>POSTGRES_URL</c> (URLs, as
/// <c>./platform</c> and docker-compose set them), else <c>ConnectionStrings:rabbitmq|postgres</c>, else localhost.
/// </summary>
public static class PlatformConnections
{
    public const string DefaultRabbitMqUrl = "amqp://guest:guest@127.0.0.1:5672/";
    public const string DefaultPostgresUrl = "postgres://platform:platform@127.0.0.1:5432/platform";

    public static Uri RabbitMqUri(IConfiguration configuration) =>
        new(configuration["RABBITMQ_URL"] ?? configuration.GetConnectionString("rabbitmq") ?? DefaultRabbitMqUrl);

    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var value = configuration["POSTGRES_URL"] ?? configuration.GetConnectionString("postgres") ?? DefaultPostgresUrl;
        return value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) && value.Contains("://", StringComparison.Ordinal)
            ? FromUrl(value)
            : value;
    }

    /// <summary>postgres://user:pass@host:port/db?opt=v into an Npgsql connection string.</summary>
    public static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
            MaxPoolSize = 50,
            // No service keeps session state (SET, temp tables, LISTEN), and resetting it cost a DISCARD ALL per
            // pooled connection use: the most frequent statement of the live path (22k in one bench step).
            NoResetOnClose = true,
            // The hot statements are large CTEs sent thousands of times a minute: parsed and planned once per
            // connection instead of per execution (pg_stat_statements showed their execution as a small part of
            // PostgreSQL's CPU on the live path).
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            // Npgsql prefers TLS whenever the server offers it (Debian's PostgreSQL does, with its snakeoil
            // certificate): on the loopback that encrypted every round trip on both sides for nothing. A URL's
            // own ?sslmode= still wins; a remote database keeps Npgsql's default.
            SslMode = IsLoopback(uri.Host) ? SslMode.Disable : SslMode.Prefer,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "true";
        }

        return builder.ConnectionString;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
