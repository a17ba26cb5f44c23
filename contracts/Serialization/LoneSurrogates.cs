namespace Platform.Contracts.Serialization;

/// <summary>
/// Replaces escaped lone UTF-16 surrogates (<c>\ud800</c> without its pair) in JSON text by <c>\ufffd</c>.
/// </summary>
/// <remarks>
/// JavaScript strings may hold them (a site that cuts a text inside an emoji), and <c>JSON.stringify</c>
/// writes them as escapes, so a captured body can carry one. System.Text.Json parses such text but cannot
/// write it back out: the gateway could never forward the frame to the broker, and an Agent that resends
/// what was not accepted would retry it forever. The escape is rewritten in place (six bytes for six), so
/// nothing else in the frame moves.
/// </remarks>
public static class LoneSurrogates
{
    private static readonly byte[] _replacement = "\\ufffd"u8.ToArray();

    /// <summary>The text itself when it holds no lone surrogate escape, else a repaired copy.</summary>
    public static ReadOnlySpan<byte> Repair(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOf("\\u"u8) < 0)
        {
            return utf8;
        }

        byte[]? copy = null;
        var inString = false;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'"')
            {
                inString = !inString;
                continue;
            }

            if (!inString || b != (byte)'\\')
            {
                continue;
            }

            if (Surrogate(utf8, i) is not { } unit)
            {
                i++; // any other escape: skip the escaped character (it may be a quote or a backslash)
                continue;
            }

            if (char.IsHighSurrogate(unit) && Surrogate(utf8, i + 6) is { } next && char.IsLowSurrogate(next))
            {
                i += 11; // a valid pair
                continue;
            }

            copy ??= utf8.ToArray();
            _replacement.CopyTo(copy.AsSpan(i));
            i += 5;
        }

        return copy ?? utf8;
    }

    /// <summary>The code unit of a <c>\uXXXX</c> escape at <paramref name="at"/> when it is a surrogate.</summary>
    private static char? Surrogate(ReadOnlySpan<byte> utf8, int at)
    {
        if (at + 6 > utf8.Length || utf8[at] != (byte)'\\' || utf8[at + 1] != (byte)'u')
        {
            return null;
        }

        var value = 0;
        foreach (var digit in utf8.Slice(at + 2, 4))
        {
            var nibble = HexValue(digit);
            if (nibble < 0)
            {
                return null;
            }

            value = (value << 4) | nibble;
        }

        return char.IsSurrogate((char)value) ? (char)value : null;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
