using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Commands;

namespace Platform.Enrichment.Consumers;

internal sealed class SendMessageRequestedConsumer(CommandWorkflow workflow, EnrichmentGroupCommit groupCommit) : IConsumer<SendMessageRequested>
{
    public Task Consume(ConsumeContext<SendMessageRequested> context) =>
        groupCommit.RunAloneAsync(context, ct => workflow.HandleAsync(context.Message, ct));
}
