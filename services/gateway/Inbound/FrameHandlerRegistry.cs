using System.Collections.Frozen;
using Platform.Contracts.Serialization;
using Platform.Contracts.Wss;

namespace Platform.Gateway.Inbound;

/// <summary>
/// Contract type to handler, built once at start-up. Start-up fails when a frame type of the
/// contracts has no handler, so a new type can never be silently dropped.
/// </summary>
internal sealed class FrameHandlerRegistry
{
    private readonly FrozenDictionary<Type, IFrameHandler> _handlers;

    public FrameHandlerRegistry(IEnumerable<IFrameHandler> handlers)
    {
        _handlers = handlers.ToFrozenDictionary(h => h.FrameType);
        var missing = IncomingMessageTypes.Names
            .Where(name => IncomingMessageTypes.TryGet(name, out var type) && !_handlers.ContainsKey(type.ClrType))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No gateway handler for frame types: {string.Join(", ", missing)}.");
        }
    }

    public IFrameHandler For(IncomingWssMessage frame) => _handlers[frame.GetType()];
}
