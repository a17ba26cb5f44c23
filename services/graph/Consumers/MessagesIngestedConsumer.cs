using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Graph.Consumers;

/// <summary>Normalised rows from ingest: a delta, or one chunk of a snapshot.</summary>
internal sealed class MessagesIngestedConsumer(GraphGroupCommit groupCommit) : IConsumer<MessagesIngested>
{
    public Task Consume(ConsumeContext<MessagesIngested> context) => groupCommit.SubmitAsync(context);
}
