namespace Platform.Bench.Report;

/// <summary>The machine a table was measured on: cores, memory, CPU model.</summary>
public sealed record MachineInfo(int Cores, string Memory, string Cpu, string Runtime)
{
    public static MachineInfo Current()
    {
        var memory = ReadField("/proc/meminfo", "MemTotal") is { } kib && long.TryParse(kib.Split(' ')[0], out var k)
            ? $"{k / 1024.0 / 1024.0:0.0} GiB"
            : "?";
        return new MachineInfo(Environment.ProcessorCount, memory, ReadField("/proc/cpuinfo", "model name") ?? "?", Environment.Version.ToString());
    }

    public override string ToString() => $"{Cores} cores ({Cpu}), {Memory} RAM, .NET {Runtime}";

    private static string? ReadField(string file, string name)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Where(l => l.StartsWith(name, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
