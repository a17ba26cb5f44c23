using MassTransit;
using Platform.Contracts.Messaging;
using Platform.Ingest.Deletion;

namespace Platform.Ingest.Consumers;

/// <summary>The creator deleted their data (via the graph): erase ingest's share, in the user's partition order.</summary>
/// <remarks>Through the partition's group commit, so it never runs beside a batch holding the same user's inputs.</remarks>
public sealed class UserDataDeletionRequestedConsumer(IngestGroupCommit groupCommit, UserDataEraser eraser) : IConsumer<UserDataDeletionRequested>
{
    public Task Consume(ConsumeContext<UserDataDeletionRequested> context) =>
        groupCommit.RunAloneAsync(context, cancellationToken => eraser.EraseAsync(context.Message.UserId, cancellationToken));
}
