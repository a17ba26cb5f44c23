using Platform.Bench.Measurement;

namespace Platform.Bench.Report;

public enum RowStatus
{
    /// <summary>A reference figure (ceiling, peer) with no target of its own.</summary>
    Info,
    Pass,
    Miss,
    Error,
}

/// <summary>One line of the table.</summary>
public sealed record ResultRow
{
    public required string Scenario { get; init; }

    public required string System { get; init; }

    public string Load { get; init; } = "";

    public double? Throughput { get; init; }

    public LatencySummary? Latency { get; init; }

    /// <summary>Anything else the scenario measures (memory, sizes, connect rate, losses).</summary>
    public string Other { get; init; } = "";

    /// <summary>Against the ceiling or peer measured in the same run.</summary>
    public string Ratio { get; init; } = "";

    public string Target { get; init; } = "";

    public RowStatus Status { get; init; } = RowStatus.Info;

    public static ResultRow Failed(string scenario, string system, Exception error) => new()
    {
        Scenario = scenario,
        System = system,
        Other = error.GetType().Name + ": " + error.Message.Split('\n')[0],
        Status = RowStatus.Error,
    };

    public static ResultRow FromStep(string scenario, string system, StepResult step, string load) => new()
    {
        Scenario = scenario,
        System = system,
        Load = load,
        Throughput = step.Throughput,
        Latency = step.Latency,
        Other = step.Delivered < step.Sent ? $"{step.Sent - step.Delivered} of {step.Sent} lost/late" : $"{step.Sent} msgs",
    };
}
