namespace Platform.Bench.Measurement;

/// <summary>Resident memory of a process, from <c>/proc/PID/status</c>.</summary>
public static class ProcessMemory
{
    /// <returns>VmRSS in KiB, or -1 when the process is gone.</returns>
    public static long RssKiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return -1;
    }
}
