using MassTransit;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Consumers;

/// <summary>
/// The gateway's captured traffic. Many of a partition's inputs are received at once and committed
/// together (<see cref="IngestGroupCommit"/>); each message is acked once its batch is committed and sent on.
/// </summary>
public sealed class IngestCapturedTrafficConsumer(IngestGroupCommit groupCommit) : IConsumer<IngestCapturedTraffic>
{
    public Task Consume(ConsumeContext<IngestCapturedTraffic> context) => groupCommit.SubmitAsync(context);
}
