using Platform.Contracts.Messaging;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Storage;

namespace Platform.Ingest.Tests.Pipeline;

/// <summary>How a batch of inputs is cut into applies: each user's order kept, deltas merged between snapshot chunks.</summary>
public sealed class IngestUnitTests
{
    private static PreparedInput Delta(string user, long sequence) =>
        new(new IngestCapturedTraffic { UserId = user, ConnectionId = "c", Sequence = sequence, Events = [], ReceivedAt = DateTimeOffset.UnixEpoch },
            new InputKey(user, $"c:{sequence}"), []);

    private static PreparedInput Chunk(string user, long sequence, int index) =>
        new(new IngestCapturedTraffic
        {
            UserId = user, ConnectionId = "c", Sequence = sequence, Events = [], ReceivedAt = DateTimeOffset.UnixEpoch,
            Snapshot = new SnapshotChunkInfo { SnapshotId = "s", ChunkIndex = index, ChunkCount = 2 },
        }, new InputKey(user, $"c:{sequence}"), []);

    private static string Describe(IEnumerable<IngestUnit> units) =>
        string.Join(" | ", units.Select(u => $"{u.UserId}{(u.Snapshot is null ? "" : "#")}:{string.Join(",", u.Inputs.Select(i => i.Input.Sequence))}"));

    [Fact]
    public void Should_merge_each_users_deltas_into_one_unit_when_no_snapshot_comes_between()
    {
        var units = IngestUnit.Plan([Delta("a", 1), Delta("b", 1), Delta("a", 2), Delta("b", 2), Delta("a", 3)]);

        Assert.Equal("a:1,2,3 | b:1,2", Describe(units));
        Assert.Equal(3, units[0].Sequence);
    }

    [Fact]
    public void Should_keep_deltas_before_and_after_a_snapshot_chunk_apart_and_in_order()
    {
        var units = IngestUnit.Plan([Delta("a", 1), Delta("b", 1), Chunk("a", 2, 0), Delta("a", 3), Chunk("a", 4, 1), Delta("b", 2), Delta("a", 5)]);

        Assert.Equal("a:1 | b:1,2 | a#:2 | a:3 | a#:4 | a:5", Describe(units));
    }

    [Fact]
    public void Should_resend_every_row_of_a_unit_when_one_of_its_inputs_was_committed_but_not_sent()
    {
        var resent = Delta("a", 2);
        resent.State = InputState.CommittedNotSent;

        var units = IngestUnit.Plan([Delta("a", 1), resent, Delta("b", 1)]);

        Assert.True(units[0].Resend);
        Assert.False(units[1].Resend);
    }
}
