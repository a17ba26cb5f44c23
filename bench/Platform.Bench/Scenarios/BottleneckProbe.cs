using System.Globalization;
using System.Text.Json;
using Npgsql;
using Platform.Bench.Infrastructure;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Evidence for the closing note: the broker's view (queue depths and rates from the management API),
/// the services' memory, and the most expensive statements (pg_stat_statements, when the server loads it).
/// </summary>
public static class BottleneckProbe
{
    public static async Task RecordAsync(BenchContext context, PlatformStack stack, string when)
    {
        await RecordQueuesAsync(context, stack, when);
        context.Notes.Add($"RSS {when}: {string.Join(", ", stack.Rss().Select(p => $"{p.Key} {p.Value / 1024} MiB"))}.");
        context.Notes.Add(await TopStatementsAsync(stack.Database, when));
    }

    public static async Task RecordQueuesAsync(BenchContext context, PlatformStack stack, string when)
    {
        try
        {
            var queues = await stack.Vhost.QueuesAsync();
            // The stage with the deepest queues is where messages wait: the bottleneck of the pipeline.
            var stages = queues.EnumerateArray()
                .Select(q => (Name: q.GetProperty("name").GetString() ?? "", Depth: q.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : 0,
                    In: Rate(q, "publish_details"), Out: Rate(q, "deliver_get_details")))
                .GroupBy(q => q.Name.Split("-p")[0].Split('.')[0])
                .Select(g => (Stage: g.Key, Queues: g.Count(), Depth: g.Sum(q => q.Depth), In: g.Sum(q => q.In), Out: g.Sum(q => q.Out)))
                .OrderByDescending(g => g.Depth).ThenByDescending(g => g.In)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Stage} x{g.Queues}: depth {g.Depth}, in {g.In:0}/s, out {g.Out:0}/s"));
            var busy = stages.Take(6);
            context.Notes.Add($"RabbitMQ {when}: queues by stage, deepest first: {string.Join("; ", busy)}.");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            context.Notes.Add($"RabbitMQ {when}: management stats unavailable ({e.Message}).");
        }
    }

    private static double Rate(JsonElement queue, string detail) =>
        queue.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty(detail, out var d) && d.TryGetProperty("rate", out var r) ? r.GetDouble() : 0;

    private static async Task<string> TopStatementsAsync(PostgresDatabase database, string when)
    {
        try
        {
            // The extension lives in the platform's main database (created by ./platform infra); the view covers every database.
            await using var connection = new NpgsqlConnection(database.AdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                SELECT left(regexp_replace(query, '\s+', ' ', 'g'), 90), calls, round(mean_exec_time::numeric, 2), round(total_exec_time::numeric)
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)
                ORDER BY total_exec_time DESC LIMIT 4
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = database.Name });
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add($"`{reader.GetString(0)}` x{reader.GetInt64(1)} mean {reader.GetDecimal(2)} ms, total {reader.GetDecimal(3)} ms");
            }

            return $"pg_stat_statements {when}: " + string.Join("; ", lines);
        }
        catch (PostgresException e)
        {
            return $"pg_stat_statements {when}: not available ({e.SqlState}: {e.MessageText}; needs shared_preload_libraries = 'pg_stat_statements' when PostgreSQL starts (./platform infra sets it for the next start) and CREATE EXTENSION in the platform database).";
        }
    }
}
