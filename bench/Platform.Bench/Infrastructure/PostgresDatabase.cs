using Npgsql;

namespace Platform.Bench.Infrastructure;

/// <summary>A fresh PostgreSQL database for one run, dropped on dispose.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private PostgresDatabase(string serverConnectionString, string name, string url)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        Url = url;
    }

    public string Name { get; }

    /// <summary>postgres:// URL, as the services read POSTGRES_URL.</summary>
    public string Url { get; }

    /// <summary>The platform's main database (POSTGRES_URL), where server-wide views such as pg_stat_statements are installed.</summary>
    public string AdminConnectionString => _serverConnectionString;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = Name }.ConnectionString;

    public static async Task<PostgresDatabase> CreateAsync(string postgresUrl, string prefix)
    {
        var uri = new Uri(postgresUrl);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
        var password = Uri.UnescapeDataString(uri.UserInfo.Split(':').ElementAtOrDefault(1) ?? "");
        var server = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Username = user,
            Password = password,
            Database = uri.AbsolutePath.Trim('/'),
            Pooling = false,
        }.ConnectionString;
        var name = $"{prefix}_{Guid.NewGuid().ToString("N")[..10]}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new PostgresDatabase(server, name, new UriBuilder(uri) { Path = "/" + name }.Uri.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(_serverConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
        }
    }
}
