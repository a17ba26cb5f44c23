using System.Collections.Concurrent;
using Platform.Graph.Projection;
using Platform.Graph.Storage;

namespace Platform.Graph.Processing;

/// <summary>
/// Per-user graphs in memory. Work on a user's graph is serialised by the user's gate (the partition
/// already orders a user's messages; the gate also covers REST writes). A graph is loaded from
/// PostgreSQL on first use, so a restarted process needs no replay. If work fails half-way the graph is
/// cleared and loaded again next time, never left half-updated.
/// </summary>
internal sealed class GraphCache(UserGraphLoader loader)
{
    private readonly ConcurrentDictionary<string, UserGraph> _graphs = new(StringComparer.Ordinal);

    /// <param name="load">False for work that replaces or discards the cached state anyway.</param>
    public Task<T> RunAsync<T>(string userId, bool load, Func<UserGraph, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(userId, _ => load, work, cancellationToken);

    /// <param name="load">Decided under the user's gate, from the graph's state.</param>
    public async Task<T> RunAsync<T>(string userId, Func<UserGraph, bool> load, Func<UserGraph, Task<T>> work, CancellationToken cancellationToken)
    {
        var graph = _graphs.GetOrAdd(userId, id => new UserGraph(id));
        await graph.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!graph.Loaded && load(graph))
            {
                await loader.LoadAsync(graph, cancellationToken);
            }

            return await work(graph);
        }
        catch
        {
            graph.Clear();
            throw;
        }
        finally
        {
            graph.Gate.Release();
        }
    }

    public Task RunAsync(string userId, bool load, Func<UserGraph, Task> work, CancellationToken cancellationToken) =>
        RunAsync(userId, load, async g => { await work(g); return true; }, cancellationToken);

    public Task RunAsync(string userId, Func<UserGraph, bool> load, Func<UserGraph, Task> work, CancellationToken cancellationToken) =>
        RunAsync(userId, load, async g => { await work(g); return true; }, cancellationToken);
}
