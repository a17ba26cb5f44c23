using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Sites;
using Platform.Ingest.Storage;

namespace Platform.Ingest.Pipeline;

/// <summary>One user's prepared events to apply.</summary>
public sealed record ApplyRequest(string UserId, IReadOnlyList<ArchivedEvent> Events, DateTimeOffset ReceivedAt);

/// <summary>
/// Applies prepared events to the normalised tables inside the caller's transaction: archive, merge,
/// attribute, then one bulk upsert per table. Many users at once cost two round trips in all (read what
/// attribution needs and archive; then write everything), not several per user. Used by the live consumer
/// and by the re-parse.
/// </summary>
public sealed class IngestApplier(IngestMetrics metrics)
{
    public async Task<AppliedInput> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, IReadOnlyList<ArchivedEvent> events,
        DateTimeOffset receivedAt, bool archive, CancellationToken cancellationToken, StageTimings? timings = null) =>
        (await ApplyAsync(connection, transaction, [new ApplyRequest(userId, events, receivedAt)], archive, cancellationToken, timings))[0];

    /// <param name="requests">Of different users: a user's next request reads what this one writes.</param>
    /// <returns>In the order of <paramref name="requests"/>.</returns>
    public async Task<IReadOnlyList<AppliedInput>> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ApplyRequest> requests,
        bool archive, CancellationToken cancellationToken, StageTimings? timings = null)
    {
        if (requests.DistinctBy(r => r.UserId).Count() != requests.Count)
        {
            throw new ArgumentException("one request per user per call", nameof(requests));
        }

        var pipeline = new StatementPipeline(connection, transaction);
        var plans = requests.Select(r => new UserPlan(r, CaptureBatch.From(r.Events.Select(e => (e.Parsed, e.Raw.Data.CapturedAt))))).ToList();
        foreach (var plan in plans)
        {
            if (archive)
            {
                RawArchive.Store(pipeline, plan.Request.UserId, plan.Request.Events, plan.Request.ReceivedAt);
            }

            var socketIds = plan.Batch.ParsedMessages.Where(m => m.Row.Origin == MessageOrigin.Socket).Select(m => m.Row.Message.MessageId).Distinct();
            AttributionStore.Load(pipeline, plan.Request.UserId, socketIds, plan.State);
        }

        await pipeline.ExecuteAsync(cancellationToken);
        timings?.Lap("read");

        foreach (var plan in plans)
        {
            plan.Write(pipeline);
        }

        await pipeline.ExecuteAsync(cancellationToken);
        timings?.Lap("write");
        return [.. plans.Select(Applied)];
    }

    private AppliedInput Applied(UserPlan plan)
    {
        metrics.RowsChanged("fans", plan.ChangedFans.Count);
        metrics.RowsChanged("chats", plan.ChangedChats.Count);
        metrics.RowsChanged("messages", plan.ChangedMessages.Count);
        metrics.RowsChanged("transactions", plan.ChangedTransactions.Count);
        metrics.RowsChanged("subscriptions", plan.ChangedSubscriptions.Count);

        var all = new IngestedRows
        {
            Creator = plan.Batch.Creator?.Row,
            Fans = plan.Fans,
            Chats = [.. plan.Chats.Select(c => c.Row)],
            Messages = [.. plan.Messages.Select(m => m.Row)],
            Transactions = [.. plan.Transactions.Select(t => t.Row)],
            Subscriptions = [.. plan.Subscriptions.Select(s => s.Row)],
        };
        var changed = new IngestedRows
        {
            Creator = plan.CreatorChanged ? plan.Batch.Creator?.Row : null,
            Fans = [.. all.Fans.Where(f => plan.ChangedFans.Contains(f.FanId))],
            Chats = [.. all.Chats.Where(c => plan.ChangedChats.Contains(c.ChatId))],
            Messages = [.. all.Messages.Where(m => plan.ChangedMessages.Contains(m.MessageId))],
            Transactions = [.. all.Transactions.Where(t => plan.ChangedTransactions.Contains(t.TransactionId))],
            Subscriptions = [.. all.Subscriptions.Where(s => plan.ChangedSubscriptions.Contains(s.FanId))],
        };
        return new AppliedInput(all, changed);
    }

    public static ChunkCounts CountsOf(IngestedRows rows, int events) =>
        new(events, rows.Fans.Count, rows.Chats.Count, rows.Messages.Count, rows.Transactions.Count);

    /// <summary>One user's request between the two round trips: what was read, what is written, what changed.</summary>
    private sealed class UserPlan(ApplyRequest request, CaptureBatch batch)
    {
        public ApplyRequest Request { get; } = request;
        public CaptureBatch Batch { get; } = batch;
        public AttributionState State { get; } = new();
        public List<FanProfile> Fans { get; private set; } = [];
        public List<Captured<ChatState>> Chats { get; private set; } = [];
        public List<Captured<NormalizedMessage>> Messages { get; private set; } = [];
        public List<Captured<NormalizedTransaction>> Transactions { get; private set; } = [];
        public List<Captured<FanSubscription>> Subscriptions { get; private set; } = [];
        public bool CreatorChanged { get; private set; }
        public HashSet<string> ChangedFans { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ChangedChats { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ChangedMessages { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ChangedTransactions { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ChangedSubscriptions { get; } = new(StringComparer.Ordinal);

        public void Write(StatementPipeline pipeline)
        {
            var user = Request.UserId;
            var creatorId = State.CreatorId;
            if (Batch.Creator is { } creator)
            {
                creatorId = creator.Row.CreatorId;
                CreatorStore.Upsert(pipeline, user, creator.Row, () => CreatorChanged = true);
            }

            var attribution = MessageAttributor.Resolve(creatorId, Batch.ParsedMessages, State.Pending, State.Stored);
            AttributionStore.SavePending(pipeline, user, attribution);

            Fans = [.. Batch.Fans.Values.Where(f => f.FanId != creatorId)];
            Chats = [.. Batch.Chats.Values];
            Messages = [.. CaptureBatch.MergeMessages(attribution.Resolved).Values];
            Transactions = [.. Batch.Transactions.Values];
            Subscriptions = [.. Batch.Subscriptions.Values];
            RowWriter.Upsert(pipeline, user, NormalizedTables.Fans, Fans, ChangedFans);
            RowWriter.Upsert(pipeline, user, NormalizedTables.Chats, Chats, ChangedChats);
            RowWriter.Upsert(pipeline, user, NormalizedTables.Messages, Messages, ChangedMessages);
            RowWriter.Upsert(pipeline, user, NormalizedTables.Transactions, Transactions, ChangedTransactions);
            RowWriter.Upsert(pipeline, user, NormalizedTables.Subscriptions, Subscriptions, ChangedSubscriptions);
        }
    }
}
