using Platform.Contracts.Messaging;
using Platform.Ingest.Storage;

namespace Platform.Ingest.Pipeline;

/// <summary>An input of a batch, parsed, with what the ledger knew of it.</summary>
public sealed record PreparedInput(IngestCapturedTraffic Input, InputKey Key, IReadOnlyList<ArchivedEvent> Events)
{
    public InputState State { get; set; } = InputState.New;
}

/// <summary>
/// What one apply covers: a run of one user's deltas merged into one (one upsert per table, one
/// downstream message), or one snapshot chunk on its own (chunks are counted one by one).
/// </summary>
public sealed class IngestUnit
{
    private readonly List<PreparedInput> _inputs = [];

    private IngestUnit(string userId, SnapshotChunkInfo? snapshot) => (UserId, Snapshot) = (userId, snapshot);

    public string UserId { get; }

    public SnapshotChunkInfo? Snapshot { get; }

    public IReadOnlyList<PreparedInput> Inputs => _inputs;

    public IReadOnlyList<ArchivedEvent> Events => [.. _inputs.SelectMany(i => i.Events)];

    public DateTimeOffset ReceivedAt => _inputs[^1].Input.ReceivedAt;

    public long Sequence => _inputs[^1].Input.Sequence;

    /// <summary>Committed before but perhaps never sent: downstream gets every row again (a superset is harmless, a gap is not).</summary>
    public bool Resend => _inputs.Any(i => i.State == InputState.CommittedNotSent);

    /// <summary>
    /// Units in an order that keeps each user's inputs in arrival order: consecutive deltas of a user merge
    /// until a snapshot chunk of that user comes between them. Users interleave freely.
    /// </summary>
    public static IReadOnlyList<IngestUnit> Plan(IEnumerable<PreparedInput> inputs)
    {
        var units = new List<IngestUnit>();
        var openDeltas = new Dictionary<string, IngestUnit>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var userId = input.Input.UserId;
            if (input.Input.Snapshot is { } chunk)
            {
                openDeltas.Remove(userId);
                units.Add(new IngestUnit(userId, chunk) { _inputs = { input } });
            }
            else if (openDeltas.TryGetValue(userId, out var open))
            {
                open._inputs.Add(input);
            }
            else
            {
                var unit = new IngestUnit(userId, null) { _inputs = { input } };
                openDeltas[userId] = unit;
                units.Add(unit);
            }
        }

        return units;
    }
}
