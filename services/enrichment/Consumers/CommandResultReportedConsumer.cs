using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Commands;

namespace Platform.Enrichment.Consumers;

internal sealed class CommandResultReportedConsumer(CommandWorkflow workflow) : IConsumer<CommandResultReported>
{
    public Task Consume(ConsumeContext<CommandResultReported> context) => workflow.RecordResultAsync(context.Message, context.CancellationToken);
}
