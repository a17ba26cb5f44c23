using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Commands;

namespace Platform.Enrichment.Consumers;

internal sealed class CommandResultReportedConsumer(CommandWorkflow workflow, EnrichmentGroupCommit groupCommit) : IConsumer<CommandResultReported>
{
    public Task Consume(ConsumeContext<CommandResultReported> context) =>
        groupCommit.RunAloneAsync(context, ct => workflow.RecordResultAsync(context.Message, ct));
}
