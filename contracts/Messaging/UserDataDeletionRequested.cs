namespace Platform.Contracts.Messaging;

/// <summary>
/// Graph to ingest: the creator deleted all of their data (<c>DELETE /api/v1/data</c>). The graph has
/// already deleted its own rows; ingest deletes the raw archive and its normalised rows.
/// </summary>
public sealed record UserDataDeletionRequested : IUserScoped
{
    public required string UserId { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    /// <summary>Rows the graph deleted, per table, for the audit log.</summary>
    public IReadOnlyDictionary<string, int> GraphRowsDeleted { get; init; } = new Dictionary<string, int>();
}
