using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Storage;

namespace Platform.Ingest.Pipeline;

/// <summary>
/// Applies prepared events to the normalised tables inside the caller's transaction: archive, merge,
/// attribute, then one bulk upsert per table. Used by the live consumer and by the re-parse.
/// </summary>
public sealed class IngestApplier(IngestMetrics metrics)
{
    public async Task<AppliedInput> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string userId, IReadOnlyList<ArchivedEvent> events,
        DateTimeOffset receivedAt, bool archive, CancellationToken cancellationToken, StageTimings? timings = null)
    {
        if (archive)
        {
            await RawArchive.StoreAsync(connection, transaction, userId, events, receivedAt, cancellationToken);
            timings?.Lap("archive");
        }

        var batch = CaptureBatch.From(events.Select(e => (e.Parsed, e.Raw.Data.CapturedAt)));
        var (creatorId, pending) = await AttributionStore.LoadAsync(connection, transaction, userId, cancellationToken);
        var creatorChanged = false;
        if (batch.Creator is { } creator)
        {
            creatorId = creator.Row.CreatorId;
            creatorChanged = await CreatorStore.UpsertAsync(connection, transaction, userId, creator.Row, cancellationToken);
        }

        var lookUp = MessageAttributor.IdsToLookUp(creatorId, batch.ParsedMessages.Select(m => m.Row), pending);
        var stored = await AttributionStore.LookUpAsync(connection, transaction, userId, lookUp, cancellationToken);
        var attribution = MessageAttributor.Resolve(creatorId, batch.ParsedMessages, pending, stored);
        await AttributionStore.SavePendingAsync(connection, transaction, userId, attribution, cancellationToken);
        timings?.Lap("attribute");

        var fans = batch.Fans.Values.Where(f => f.FanId != creatorId).ToList();
        var chats = batch.Chats.Values.ToList();
        var messages = CaptureBatch.MergeMessages(attribution.Resolved).Values.ToList();
        var transactions = batch.Transactions.Values.ToList();
        var subscriptions = batch.Subscriptions.Values.ToList();

        var changedFans = await RowWriter.UpsertAsync(connection, transaction, userId, NormalizedTables.Fans, fans, cancellationToken);
        timings?.Lap("upsert.fans");
        var changedChats = await RowWriter.UpsertAsync(connection, transaction, userId, NormalizedTables.Chats, chats, cancellationToken);
        timings?.Lap("upsert.chats");
        var changedMessages = await RowWriter.UpsertAsync(connection, transaction, userId, NormalizedTables.Messages, messages, cancellationToken);
        timings?.Lap("upsert.messages");
        var changedTransactions = await RowWriter.UpsertAsync(connection, transaction, userId, NormalizedTables.Transactions, transactions, cancellationToken);
        timings?.Lap("upsert.transactions");
        var changedSubscriptions = await RowWriter.UpsertAsync(connection, transaction, userId, NormalizedTables.Subscriptions, subscriptions, cancellationToken);
        timings?.Lap("upsert.subscriptions");

        metrics.RowsChanged("fans", changedFans.Count);
        metrics.RowsChanged("chats", changedChats.Count);
        metrics.RowsChanged("messages", changedMessages.Count);
        metrics.RowsChanged("transactions", changedTransactions.Count);
        metrics.RowsChanged("subscriptions", changedSubscriptions.Count);

        var all = new IngestedRows
        {
            Creator = batch.Creator?.Row,
            Fans = fans,
            Chats = [.. chats.Select(c => c.Row)],
            Messages = [.. messages.Select(m => m.Row)],
            Transactions = [.. transactions.Select(t => t.Row)],
            Subscriptions = [.. subscriptions.Select(s => s.Row)],
        };
        var changed = new IngestedRows
        {
            Creator = creatorChanged ? batch.Creator?.Row : null,
            Fans = [.. fans.Where(f => changedFans.Contains(f.FanId))],
            Chats = [.. all.Chats.Where(c => changedChats.Contains(c.ChatId))],
            Messages = [.. all.Messages.Where(m => changedMessages.Contains(m.MessageId))],
            Transactions = [.. all.Transactions.Where(t => changedTransactions.Contains(t.TransactionId))],
            Subscriptions = [.. all.Subscriptions.Where(s => changedSubscriptions.Contains(s.FanId))],
        };
        return new AppliedInput(all, changed);
    }

    public static ChunkCounts CountsOf(IngestedRows rows, int events) =>
        new(events, rows.Fans.Count, rows.Chats.Count, rows.Messages.Count, rows.Transactions.Count);
}
