using System.Buffers;

namespace Platform.Gateway.Transport;

/// <summary>
/// The read loop's buffer for one incoming message: rented from the pool when a frame starts, grown by
/// doubling up to the frame limit, returned when the frame has been handled.
/// </summary>
internal sealed class FrameBuffer(int maxFrameBytes)
{
    private const int InitialBytes = 4096;
    private byte[] _buffer = [];

    public int Count { get; private set; }

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, Count);

    /// <summary>The frame outgrew the limit.</summary>
    public bool TooBig => Count > maxFrameBytes;

    public void Rent()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBytes);
        Count = 0;
    }

    /// <summary>Room for the next read; empty once the frame is over the limit.</summary>
    public Memory<byte> FreeSpace()
    {
        if (Count == _buffer.Length && !TooBig)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxFrameBytes + 1));
            _buffer.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return TooBig ? Memory<byte>.Empty : _buffer.AsMemory(Count);
    }

    public void Advance(int count) => Count += count;

    public void Release()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = [];
        Count = 0;
    }
}
