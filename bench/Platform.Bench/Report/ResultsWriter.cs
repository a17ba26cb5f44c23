using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Bench.Report;

/// <summary>Writes <c>bench/results/&lt;timestamp&gt;.json</c> and <c>bench/results/latest.md</c>.</summary>
public static class ResultsWriter
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<string> WriteAsync(string directory, BenchRun run)
    {
        Directory.CreateDirectory(directory);
        var stamp = run.StartedAt.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var json = Path.Combine(directory, $"{stamp}{(run.Quick ? "-quick" : "")}.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(run, _json));
        var markdown = $"""
            # Latest benchmark{(run.Quick ? " (--quick: small numbers, harness check only)" : "")}

            {run.StartedAt:yyyy-MM-dd HH:mm} UTC, commit {run.Commit}, {run.Duration.TotalMinutes:0.0} min; machine: {run.Machine}.

            {MarkdownTable.Render(run.Rows)}
            {string.Join("\n", run.Notes.Select(n => "- " + n))}
            """;
        await File.WriteAllTextAsync(Path.Combine(directory, run.Quick ? "latest-quick.md" : "latest.md"), markdown + "\n");
        return json;
    }

    /// <summary>Puts a full run's table into bench/README.md, between its <c>latest:begin/end</c> markers.</summary>
    public static async Task UpdateReadmeAsync(string readme, BenchRun run)
    {
        const string begin = "<!-- latest:begin -->", end = "<!-- latest:end -->";
        var text = await File.ReadAllTextAsync(readme);
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            return;
        }

        var table = $"""
            Measured {run.StartedAt:yyyy-MM-dd HH:mm} UTC on {run.Machine} (commit {run.Commit}, {run.Duration.TotalMinutes:0.0} min).

            {MarkdownTable.Render(run.Rows)}
            {string.Join("\n", run.Notes.Select(n => "- " + n))}
            """;
        await File.WriteAllTextAsync(readme, text[..(from + begin.Length)] + "\n" + table + "\n" + text[to..]);
    }
}

public sealed record BenchRun
{
    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    public required bool Quick { get; init; }

    public required string Commit { get; init; }

    public required MachineInfo Machine { get; init; }

    public required IReadOnlyList<ResultRow> Rows { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }
}
