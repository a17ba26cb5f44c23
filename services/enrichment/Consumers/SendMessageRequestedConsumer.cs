using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Commands;

namespace Platform.Enrichment.Consumers;

internal sealed class SendMessageRequestedConsumer(CommandWorkflow workflow) : IConsumer<SendMessageRequested>
{
    public Task Consume(ConsumeContext<SendMessageRequested> context) => workflow.HandleAsync(context.Message, context.CancellationToken);
}
