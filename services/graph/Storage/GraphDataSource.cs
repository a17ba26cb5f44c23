using Npgsql;

namespace Platform.Graph.Storage;

/// <summary>The graph's connection pool.</summary>
internal static class GraphDataSource
{
    /// <param name="synchronousCommit">
    /// False (the default, <c>Graph:SynchronousCommit</c>): commits do not wait for the WAL flush. The graph
    /// is a projection of what ingest already committed durably; a PostgreSQL crash (not a graph crash) can
    /// lose its last few hundred milliseconds of writes, which the next snapshot restores. The flush costs
    /// more than the rest of a delta on a busy disk.
    /// </param>
    public static NpgsqlDataSource Create(string connectionString, bool synchronousCommit)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!synchronousCommit)
        {
            builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        }

        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
