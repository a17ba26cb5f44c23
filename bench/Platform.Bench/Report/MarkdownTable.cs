using System.Globalization;
using System.Text;

namespace Platform.Bench.Report;

/// <summary>The one table <c>./platform bench</c> prints.</summary>
public static class MarkdownTable
{
    public static string Render(IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| Scenario | System | Load | Delivered msg/s | p50 ms | p90 ms | p99 ms | max ms | Other | vs ceiling / peer | Target | Status |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---|---|---|---|");
        foreach (var row in rows)
        {
            var l = row.Latency;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Scenario} | {row.System} | {row.Load} | {Number(row.Throughput)} | {Ms(l?.P50)} | {Ms(l?.P90)} | {Ms(l?.P99)} | {Ms(l?.Max)} | {Escape(row.Other)} | {row.Ratio} | {row.Target} | {Status(row.Status)} |");
        }

        return text.ToString();
    }

    private static string Status(RowStatus status) => status switch
    {
        RowStatus.Pass => "pass",
        RowStatus.Miss => "**MISSED**",
        RowStatus.Error => "**ERROR**",
        _ => "",
    };

    private static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("#,0", CultureInfo.InvariantCulture) : "";

    private static string Ms(double? value) => value is { } v && double.IsFinite(v) ? v.ToString(v < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) : "";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
