using Platform.Contracts.Messaging;
using Platform.Graph.Storage;
using Platform.Messaging;

namespace Platform.Graph.Processing;

/// <summary>
/// The creator deletes all of their data: the graph's rows here, then ingest is asked (durably, through
/// its pipeline) to delete the raw archive and its normalised rows.
/// </summary>
internal sealed class UserDataDeletion(GraphCache cache, UserDataEraser eraser, IPipelineSender pipelines, TimeProvider time, ILogger<UserDataDeletion> logger)
{
    public Task<IReadOnlyDictionary<string, int>> DeleteAsync(string userId, CancellationToken cancellationToken) =>
        cache.RunAsync(userId, load: false, async graph =>
        {
            var counts = await eraser.DeleteAsync(userId, cancellationToken);
            graph.Clear();
            await pipelines.SendAsync(Pipelines.Ingest, new UserDataDeletionRequested
            {
                UserId = userId,
                RequestedAt = time.GetUtcNow(),
                GraphRowsDeleted = counts,
            }, cancellationToken);
            GraphLog.UserDataDeleted(logger, userId, counts.Values.Sum());
            return counts;
        }, cancellationToken);
}
