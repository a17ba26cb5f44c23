using Npgsql;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.TestSupport;

/// <summary>
/// A real PostgreSQL database of its own for one test class (created fresh, dropped after), on the
/// server <c>POSTGRES_URL</c> points at (which <c>./platform test</c> sets).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string _admin = "";

    public string DatabaseName { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Npgsql connection string of this fixture's database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The same database as a postgres:// URL (what services read from POSTGRES_URL).</summary>
    public string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("POSTGRES_URL")
            ?? throw new InvalidOperationException("Set POSTGRES_URL to a PostgreSQL server (./platform test does).");
        _admin = PlatformConnections.FromUrl(url);
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = DatabaseName }.ConnectionString;
        var uri = new UriBuilder(url) { Path = "/" + DatabaseName };
        Url = uri.Uri.ToString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
