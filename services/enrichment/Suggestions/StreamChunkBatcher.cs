using System.Text;

namespace Platform.Enrichment.Suggestions;

/// <summary>
/// Joins a generator's chunks into <c>stream_chunk</c> frames at most one per <see cref="Interval"/>. A frame
/// per token cost a broker message and a socket write per word (the built-in engine yields a suggestion a
/// word at a time, all at once: ~15 frames where one carries the same text); a model's tokens still
/// arrive as a stream, a few frames a second.
/// </summary>
internal sealed class StreamChunkBatcher(Func<string, ValueTask> publish, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly StringBuilder _pending = new();
    // The first chunk of a slow model goes out at once: the interval counts from the start.
    private long _lastFlush = clock.GetTimestamp();

    public ValueTask AddAsync(string chunk)
    {
        _pending.Append(chunk);
        return clock.GetElapsedTime(_lastFlush) >= Interval ? FlushAsync() : ValueTask.CompletedTask;
    }

    /// <summary>Sends what is pending; call once the generator is done.</summary>
    public async ValueTask FlushAsync()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        var text = _pending.ToString();
        _pending.Clear();
        _lastFlush = clock.GetTimestamp();
        await publish(text);
    }
}
