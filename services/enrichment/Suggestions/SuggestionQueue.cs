using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Platform.Enrichment.Suggestions;

/// <summary>
/// Hands suggestions from the consumers to the workers, so a slow model never holds up a partition.
/// Suggestions are advisory: when the queue is full or the process stops, they are dropped, never the data.
/// </summary>
internal sealed class SuggestionQueue(IOptions<EnrichmentOptions> options)
{
    private readonly Channel<SuggestionJob> _channel = Channel.CreateBounded<SuggestionJob>(
        new BoundedChannelOptions(options.Value.Suggestions.QueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite });

    public bool TryEnqueue(SuggestionJob job) => _channel.Writer.TryWrite(job);

    public IAsyncEnumerable<SuggestionJob> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}
