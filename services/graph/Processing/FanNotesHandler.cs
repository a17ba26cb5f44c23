using Platform.Graph.Projection;
using Platform.Graph.Storage;
using Platform.Messaging.Outbound;

namespace Platform.Graph.Processing;

/// <summary>Saves the creator's notes and tags on a fan and pushes the conversation, whose tags changed.</summary>
internal sealed class FanNotesHandler(GraphCache cache, FanNotesWriter writer, IOutboundPublisher outbound, TimeProvider time)
{
    public const int MaxTags = 50;
    public const int MaxTagLength = 64;

    public Task SaveAsync(string userId, string fanId, string? notes, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        string[] clean = [.. tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        return cache.RunAsync(userId, load: true, async graph =>
        {
            await writer.SaveAsync(userId, fanId, notes, clean, cancellationToken);
            var fan = graph.Fan(fanId);
            (fan.Notes, fan.Tags) = (notes, clean);
            if (graph.Conversations.TryGetValue(fanId, out var row))
            {
                await outbound.PublishAsync(userId, OutboundAudience.Bridges, GraphFrames.Append(graph, row, time.GetUtcNow()), cancellationToken);
            }
        }, cancellationToken);
    }

    public static string? Problem(IReadOnlyList<string>? tags) =>
        tags is null ? null
        : tags.Count > MaxTags ? $"At most {MaxTags} tags."
        : tags.Any(t => t.Length > MaxTagLength) ? $"A tag has at most {MaxTagLength} characters."
        : null;
}
