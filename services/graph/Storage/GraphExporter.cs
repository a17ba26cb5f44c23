using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Platform.Graph.Storage;

/// <summary>
/// Streams every row the graph holds for a user, table by table, straight from PostgreSQL to the
/// response (never all in memory). JSON: one array per table. CSV: per table a header row then its rows,
/// the first column naming the table.
/// </summary>
internal sealed class GraphExporter(NpgsqlDataSource dataSource)
{
    private static readonly string[] _tables =
        ["creators", "fans", "fan_notes", "subscriptions", "fan_scores", "conversations", "messages", "message_sentiments", "transactions"];

    public async Task WriteJsonAsync(string userId, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("userId", userId);
        foreach (var table in _tables)
        {
            json.WriteStartArray(table);
            await ForEachRowAsync(userId, table, r =>
            {
                json.WriteStartObject();
                for (var i = 0; i < r.FieldCount; i++)
                {
                    json.WritePropertyName(r.GetName(i));
                    WriteValue(json, r.IsDBNull(i) ? null : r.GetValue(i));
                }

                json.WriteEndObject();
                return json.BytesPending > 32_768 ? json.FlushAsync(cancellationToken) : Task.CompletedTask;
            }, cancellationToken);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    public async Task WriteCsvAsync(string userId, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 32_768, leaveOpen: true);
        foreach (var table in _tables)
        {
            var header = false;
            await ForEachRowAsync(userId, table, async r =>
            {
                if (!header)
                {
                    await text.WriteLineAsync("table," + string.Join(',', Enumerable.Range(0, r.FieldCount).Select(r.GetName)));
                    header = true;
                }

                await text.WriteLineAsync(table + "," + string.Join(',', Enumerable.Range(0, r.FieldCount).Select(i => Csv(r, i))));
            }, cancellationToken);
        }
    }

    private async Task ForEachRowAsync(string userId, string table, Func<NpgsqlDataReader, Task> row, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT * FROM graph.{table} WHERE user_id = @u");
        command.Parameters.With("u", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            await row(reader);
        }
    }

    // JsonSerializer would flush the writer synchronously, which Kestrel forbids: write the few column types by hand.
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case short n: json.WriteNumberValue(n); break;
            case int n: json.WriteNumberValue(n); break;
            case long n: json.WriteNumberValue(n); break;
            case decimal n: json.WriteNumberValue(n); break;
            case double n: json.WriteNumberValue(n); break;
            case DateTime t: json.WriteStringValue(DateTime.SpecifyKind(t, DateTimeKind.Utc)); break;
            case Array a:
                json.WriteStartArray();
                foreach (var item in a)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static string Csv(NpgsqlDataReader r, int i)
    {
        if (r.IsDBNull(i))
        {
            return "";
        }

        var value = r.GetValue(i) switch
        {
            DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            Array a => string.Join(';', a.Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture))),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        };
        return value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
