using Npgsql;
using Platform.ServiceDefaults;

namespace Platform.Ingest.Tests.Connections;

/// <summary>How a <c>POSTGRES_URL</c> becomes the services' connection string.</summary>
public sealed class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://platform:platform@127.0.0.1:5432/platform", SslMode.Disable)]
    [InlineData("postgres://platform:platform@localhost/platform", SslMode.Disable)]
    [InlineData("postgres://platform:platform@db.example.com:5432/platform", SslMode.Prefer)]
    [InlineData("postgres://platform:platform@127.0.0.1:5432/platform?sslmode=require", SslMode.Require)]
    public void Should_not_encrypt_the_loopback_unless_the_url_asks(string url, SslMode expected)
    {
        var builder = new NpgsqlConnectionStringBuilder(PlatformConnections.FromUrl(url));

        Assert.Equal(expected, builder.SslMode);
        Assert.Equal("platform", builder.Database);
    }
}
