using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Enrichment.Analysis;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Ingestion;

/// <summary>
/// Stores what enrichment needs of an ingested batch: one set-based upsert per table (unnest of arrays),
/// idempotent on the site's ids, so a redelivered batch changes nothing and a snapshot is a few statements.
/// </summary>
internal sealed class IngestedBatchWriter(EnrichmentDbContext db)
{
    public async Task WriteAsync(MessagesIngested batch, IReadOnlyDictionary<string, MessageAnalysis> analyses, CancellationToken ct)
    {
        var user = batch.UserId;
        if (batch.Fans.Count > 0)
        {
            var fans = batch.Fans.DistinctBy(f => f.FanId).ToList();
            string[] ids = [.. fans.Select(f => f.FanId)];
            string?[] names = [.. fans.Select(f => f.Name)];
            string?[] usernames = [.. fans.Select(f => f.Username)];
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO enrichment.fans ("UserId", "FanId", "Name", "Username")
                SELECT {user}, * FROM unnest({ids}, {names}, {usernames})
                ON CONFLICT ("UserId", "FanId") DO UPDATE SET
                  "Name" = COALESCE(EXCLUDED."Name", fans."Name"),
                  "Username" = COALESCE(EXCLUDED."Username", fans."Username")
                """, ct);
        }

        if (batch.Messages.Count > 0)
        {
            var messages = batch.Messages.DistinctBy(m => m.MessageId).ToList();
            string[] ids = [.. messages.Select(m => m.MessageId)];
            string[] chats = [.. messages.Select(m => m.ChatId)];
            bool[] inbound = [.. messages.Select(m => m.Direction == MessageDirection.In)];
            DateTimeOffset[] created = [.. messages.Select(m => m.CreatedAt.ToUniversalTime())];
            double?[] sentiment = [.. messages.Select(m => analyses.TryGetValue(m.MessageId, out var a) ? a.Sentiment : (double?)null)];
            string[] intents = [.. messages.Select(m => analyses.TryGetValue(m.MessageId, out var a) ? string.Join(',', a.Intents) : "")];
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO enrichment.messages ("UserId", "MessageId", "ChatId", "Inbound", "CreatedAt", "Sentiment", "Intents")
                SELECT {user}, * FROM unnest({ids}, {chats}, {inbound}, {created}, {sentiment}, {intents})
                ON CONFLICT ("UserId", "MessageId") DO UPDATE SET
                  "Sentiment" = EXCLUDED."Sentiment", "Intents" = EXCLUDED."Intents"
                """, ct);
        }

        await WriteTransactionsAsync(user, batch.Transactions, ct);
        await WriteSubscriptionsAsync(user, batch.Subscriptions, ct);
    }

    private async Task WriteTransactionsAsync(string user, IReadOnlyList<NormalizedTransaction> transactions, CancellationToken ct)
    {
        if (transactions.Count == 0)
        {
            return;
        }

        // The last capture of a transaction wins: its status may have moved from loading to done or undo.
        var rows = transactions.GroupBy(t => t.TransactionId).Select(g => g.Last()).ToList();
        string[] ids = [.. rows.Select(t => t.TransactionId)];
        string?[] fans = [.. rows.Select(t => t.FanId)];
        string[] kinds = [.. rows.Select(t => t.Kind.ToString())];
        decimal[] amounts = [.. rows.Select(t => t.Amount)];
        string[] statuses = [.. rows.Select(t => t.Status)];
        DateTimeOffset[] created = [.. rows.Select(t => t.CreatedAt.ToUniversalTime())];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.transactions ("UserId", "TransactionId", "FanId", "Kind", "Amount", "Status", "CreatedAt")
            SELECT {user}, * FROM unnest({ids}, {fans}, {kinds}, {amounts}, {statuses}, {created})
            ON CONFLICT ("UserId", "TransactionId") DO UPDATE SET
              "FanId" = COALESCE(EXCLUDED."FanId", transactions."FanId"), "Kind" = EXCLUDED."Kind",
              "Amount" = EXCLUDED."Amount", "Status" = EXCLUDED."Status", "CreatedAt" = EXCLUDED."CreatedAt"
            """, ct);
    }

    private async Task WriteSubscriptionsAsync(string user, IReadOnlyList<FanSubscription> subscriptions, CancellationToken ct)
    {
        if (subscriptions.Count == 0)
        {
            return;
        }

        var rows = subscriptions.GroupBy(s => s.FanId).Select(g => g.Last()).ToList();
        string[] fans = [.. rows.Select(s => s.FanId)];
        DateTimeOffset?[] subscribed = [.. rows.Select(s => s.SubscribedAt?.ToUniversalTime())];
        DateTimeOffset?[] expires = [.. rows.Select(s => s.ExpiresAt?.ToUniversalTime())];
        decimal?[] prices = [.. rows.Select(s => s.Price)];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.subscriptions ("UserId", "FanId", "SubscribedAt", "ExpiresAt", "Price")
            SELECT {user}, * FROM unnest({fans}, {subscribed}, {expires}, {prices})
            ON CONFLICT ("UserId", "FanId") DO UPDATE SET
              "SubscribedAt" = COALESCE(EXCLUDED."SubscribedAt", subscriptions."SubscribedAt"),
              "ExpiresAt" = COALESCE(EXCLUDED."ExpiresAt", subscriptions."ExpiresAt"),
              "Price" = COALESCE(EXCLUDED."Price", subscriptions."Price")
            """, ct);
    }
}
