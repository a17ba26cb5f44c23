using System.Text;

namespace Platform.Ingest.Storage;

/// <summary>
/// Builds one bulk, idempotent upsert per table: rows arrive as one array parameter per column
/// (<c>unnest</c>, so one statement whatever the row count), an update happens only when something
/// changed, and the statement returns the keys of the rows it inserted or changed.
/// Guarded tables end with <c>captured_at</c>: a capture older than the stored one never overwrites it,
/// so the result does not depend on the order in which captures arrive.
/// </summary>
public static class UpsertSql
{
    /// <param name="columns">Key column first; for guarded tables <c>captured_at</c> last.</param>
    public static string Build(string table, IReadOnlyList<UpsertColumn> columns, bool guarded)
    {
        var key = columns[0].Name;
        var data = columns.Skip(1).Take(columns.Count - (guarded ? 2 : 1)).ToList();
        var all = string.Join(", ", columns.Select(c => c.Name));
        var arrays = string.Join(", ", columns.Select((c, i) => $"${i + 2}::{c.PgType}[]"));
        var merged = data.Select(c => c.KeepKnown ? $"COALESCE(excluded.{c.Name}, t.{c.Name})" : $"excluded.{c.Name}").ToList();
        var stored = data.Select(c => $"t.{c.Name}").ToList();
        var set = data.Select((c, i) => $"{c.Name} = {merged[i]}").ToList();
        var changed = data.Count == 0 ? "false" : $"ROW({string.Join(", ", merged)}) IS DISTINCT FROM ROW({string.Join(", ", stored)})";

        var sql = new StringBuilder();
        sql.Append($"WITH input AS (SELECT * FROM unnest({arrays}) AS i({all}))");
        if (guarded)
        {
            set.Add("captured_at = excluded.captured_at");
            sql.Append($", old AS (SELECT t.{key}{Prefix(data, "t.")} FROM {table} t JOIN input i ON t.user_id = $1 AND t.{key} = i.{key})");
            sql.Append($", up AS (INSERT INTO {table} AS t (user_id, {all}) SELECT $1, i.* FROM input i");
            sql.Append($" ON CONFLICT (user_id, {key}) DO UPDATE SET {string.Join(", ", set)}");
            sql.Append($" WHERE excluded.captured_at >= t.captured_at AND ({changed} OR excluded.captured_at > t.captured_at)");
            sql.Append($" RETURNING t.{key}{Prefix(data, "t.")})");
            sql.Append($" SELECT up.{key} FROM up LEFT JOIN old o ON o.{key} = up.{key}");
            sql.Append(data.Count == 0
                ? $" WHERE o.{key} IS NULL"
                : $" WHERE o.{key} IS NULL OR ROW({Join(data, "up.")}) IS DISTINCT FROM ROW({Join(data, "o.")})");
        }
        else
        {
            sql.Append($" INSERT INTO {table} AS t (user_id, {all}) SELECT $1, i.* FROM input i");
            sql.Append($" ON CONFLICT (user_id, {key}) DO ");
            sql.Append(data.Count == 0 ? "NOTHING" : $"UPDATE SET {string.Join(", ", set)} WHERE {changed}");
            sql.Append($" RETURNING t.{key}");
        }

        return sql.ToString();
    }

    private static string Join(IEnumerable<UpsertColumn> columns, string prefix) => string.Join(", ", columns.Select(c => prefix + c.Name));

    private static string Prefix(IReadOnlyCollection<UpsertColumn> columns, string prefix) => columns.Count == 0 ? "" : ", " + Join(columns, prefix);
}
