using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Deletion;

namespace Platform.Ingest.Consumers;

/// <summary>The creator deleted their data (via the graph): erase ingest's share, in the user's partition order.</summary>
public sealed class UserDataDeletionRequestedConsumer(UserDataEraser eraser) : IConsumer<UserDataDeletionRequested>
{
    public Task Consume(ConsumeContext<UserDataDeletionRequested> context) => eraser.EraseAsync(context.Message.UserId, context.CancellationToken);
}
