using Platform.Contracts.Messaging;
using Platform.Graph.Processing;
using Platform.Messaging.GroupCommit;

namespace Platform.Graph.Consumers;

/// <summary>
/// Graph's group commit: a partition's deltas (<see cref="MessagesIngested"/>, <see cref="MessagesEnriched"/>) that
/// arrived while the previous ones were applied are applied together: each user's in delivery order, different users
/// side by side (<c>Graph:MaxParallelUsers</c>). One at a time, a partition fell behind at 100 msgs/s: every delta waited
/// for the round trips of all the deltas of other users ahead of it. The partition's other messages run alone, in place.
/// </summary>
public sealed class GraphGroupCommit(IServiceProvider services, IConfiguration configuration, ILogger<GraphGroupCommit> logger)
    : GroupCommit<IUserScoped>((inputs, ct) => ApplyAsync(services, configuration.GetValue("Graph:MaxParallelUsers", 4), inputs, ct), logger)
{
    private static Task ApplyAsync(IServiceProvider services, int maxParallelUsers, IReadOnlyList<IUserScoped> inputs, CancellationToken ct)
    {
        var ingested = services.GetRequiredService<IngestHandler>();
        var enriched = services.GetRequiredService<EnrichmentHandler>();
        return Parallel.ForEachAsync(
            inputs.GroupBy(i => i.UserId),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelUsers), CancellationToken = ct },
            async (user, token) =>
            {
                foreach (var input in user)
                {
                    await (input switch
                    {
                        MessagesIngested delta => ingested.HandleAsync(delta, token),
                        MessagesEnriched analyses => enriched.HandleAsync(analyses, token),
                        _ => throw new InvalidOperationException($"graph's group commit does not apply {input.GetType().Name}"),
                    });
                }
            });
    }
}
