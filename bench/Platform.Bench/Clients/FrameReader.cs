using System.Buffers.Text;

namespace Platform.Bench.Clients;

/// <summary>Reads the few numbers the load generator needs out of a frame without parsing all of it.</summary>
public static class FrameReader
{
    /// <returns>The integer right after <paramref name="key"/> (for example <c>"s":</c>), or -1.</returns>
    public static long LongAfter(ReadOnlySpan<byte> frame, ReadOnlySpan<byte> key)
    {
        var at = frame.IndexOf(key);
        if (at < 0)
        {
            return -1;
        }

        var rest = frame[(at + key.Length)..].TrimStart((byte)'"');
        return Utf8Parser.TryParse(rest, out long value, out _) ? value : -1;
    }

    public static bool IsType(ReadOnlySpan<byte> frame, ReadOnlySpan<byte> typePrefix) => frame.StartsWith(typePrefix);
}
