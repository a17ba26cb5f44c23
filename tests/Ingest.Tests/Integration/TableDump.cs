using Npgsql;

namespace Platform.Ingest.Tests.Integration;

/// <summary>Every normalised row of one user as JSON text (user id left out), ordered: two dumps compare exactly.</summary>
public sealed record TableDump(IReadOnlyDictionary<string, IReadOnlyList<string>> Tables)
{
    public static readonly string[] Names = ["creators", "fans", "chats", "messages", "transactions", "subscriptions", "pending_echoes"];

    public static async Task<TableDump> ReadAsync(string connectionString, string userId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var name in Names)
        {
            await using var command = new NpgsqlCommand($"SELECT (to_jsonb(t) - 'user_id')::text FROM ingest.{name} t WHERE user_id = $1 ORDER BY 1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = userId });
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            tables[name] = rows;
        }

        return new TableDump(tables);
    }

    public int Count(string table) => Tables[table].Count;

    public void AssertSameAs(TableDump other)
    {
        foreach (var name in Names)
        {
            Assert.Equal(other.Tables[name].Count, Tables[name].Count);
            Assert.Equal(other.Tables[name], Tables[name]);
        }
    }
}
