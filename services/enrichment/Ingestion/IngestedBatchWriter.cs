using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Model;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Ingestion;

/// <summary>
/// Stores what enrichment needs of many users' ingested rows: one set-based upsert per table (unnest of arrays,
/// the user id among them), idempotent on the site's ids, so a redelivered batch changes nothing and a snapshot or a
/// partition's whole group commit is a few statements. Each user's rows arrive merged (one row per id).
/// </summary>
internal sealed class IngestedBatchWriter(EnrichmentDbContext db)
{
    public async Task WriteAsync(IReadOnlyList<UserEnrichment> users, CancellationToken ct)
    {
        await WriteFansAsync(users, ct);
        await WriteMessagesAsync(users, ct);
        await WriteTransactionsAsync(users, ct);
        await WriteSubscriptionsAsync(users, ct);
    }

    private async Task WriteFansAsync(IReadOnlyList<UserEnrichment> users, CancellationToken ct)
    {
        var rows = users.SelectMany(u => u.Fans.Select(f => (u.UserId, Fan: f))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        string[] userIds = [.. rows.Select(r => r.UserId)];
        string[] ids = [.. rows.Select(r => r.Fan.FanId)];
        string?[] names = [.. rows.Select(r => r.Fan.Name)];
        string?[] usernames = [.. rows.Select(r => r.Fan.Username)];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.fans ("UserId", "FanId", "Name", "Username")
            SELECT * FROM unnest({userIds}, {ids}, {names}, {usernames})
            ON CONFLICT ("UserId", "FanId") DO UPDATE SET
              "Name" = COALESCE(EXCLUDED."Name", fans."Name"),
              "Username" = COALESCE(EXCLUDED."Username", fans."Username")
            """, ct);
    }

    private async Task WriteMessagesAsync(IReadOnlyList<UserEnrichment> users, CancellationToken ct)
    {
        var rows = users.SelectMany(u => u.Messages.Select(m => (User: u, Message: m))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        string[] userIds = [.. rows.Select(r => r.User.UserId)];
        string[] ids = [.. rows.Select(r => r.Message.MessageId)];
        string[] chats = [.. rows.Select(r => r.Message.ChatId)];
        bool[] inbound = [.. rows.Select(r => r.Message.Direction == MessageDirection.In)];
        DateTimeOffset[] created = [.. rows.Select(r => r.Message.CreatedAt.ToUniversalTime())];
        double?[] sentiment = [.. rows.Select(r => r.User.Analyses.TryGetValue(r.Message.MessageId, out var a) ? a.Sentiment : (double?)null)];
        string[] intents = [.. rows.Select(r => r.User.Analyses.TryGetValue(r.Message.MessageId, out var a) ? string.Join(',', a.Intents) : "")];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.messages ("UserId", "MessageId", "ChatId", "Inbound", "CreatedAt", "Sentiment", "Intents")
            SELECT * FROM unnest({userIds}, {ids}, {chats}, {inbound}, {created}, {sentiment}, {intents})
            ON CONFLICT ("UserId", "MessageId") DO UPDATE SET
              "Sentiment" = EXCLUDED."Sentiment", "Intents" = EXCLUDED."Intents"
            """, ct);
    }

    /// <summary>The last capture of a transaction wins: its status may have moved from loading to done or undo.</summary>
    private async Task WriteTransactionsAsync(IReadOnlyList<UserEnrichment> users, CancellationToken ct)
    {
        var rows = users.SelectMany(u => u.Transactions.Select(t => (u.UserId, Transaction: t))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        string[] userIds = [.. rows.Select(r => r.UserId)];
        string[] ids = [.. rows.Select(r => r.Transaction.TransactionId)];
        string?[] fans = [.. rows.Select(r => r.Transaction.FanId)];
        string[] kinds = [.. rows.Select(r => r.Transaction.Kind.ToString())];
        decimal[] amounts = [.. rows.Select(r => r.Transaction.Amount)];
        string[] statuses = [.. rows.Select(r => r.Transaction.Status)];
        DateTimeOffset[] created = [.. rows.Select(r => r.Transaction.CreatedAt.ToUniversalTime())];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.transactions ("UserId", "TransactionId", "FanId", "Kind", "Amount", "Status", "CreatedAt")
            SELECT * FROM unnest({userIds}, {ids}, {fans}, {kinds}, {amounts}, {statuses}, {created})
            ON CONFLICT ("UserId", "TransactionId") DO UPDATE SET
              "FanId" = COALESCE(EXCLUDED."FanId", transactions."FanId"), "Kind" = EXCLUDED."Kind",
              "Amount" = EXCLUDED."Amount", "Status" = EXCLUDED."Status", "CreatedAt" = EXCLUDED."CreatedAt"
            """, ct);
    }

    private async Task WriteSubscriptionsAsync(IReadOnlyList<UserEnrichment> users, CancellationToken ct)
    {
        var rows = users.SelectMany(u => u.Subscriptions.Select(s => (u.UserId, Subscription: s))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        string[] userIds = [.. rows.Select(r => r.UserId)];
        string[] fans = [.. rows.Select(r => r.Subscription.FanId)];
        DateTimeOffset?[] subscribed = [.. rows.Select(r => r.Subscription.SubscribedAt?.ToUniversalTime())];
        DateTimeOffset?[] expires = [.. rows.Select(r => r.Subscription.ExpiresAt?.ToUniversalTime())];
        decimal?[] prices = [.. rows.Select(r => r.Subscription.Price)];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.subscriptions ("UserId", "FanId", "SubscribedAt", "ExpiresAt", "Price")
            SELECT * FROM unnest({userIds}, {fans}, {subscribed}, {expires}, {prices})
            ON CONFLICT ("UserId", "FanId") DO UPDATE SET
              "SubscribedAt" = COALESCE(EXCLUDED."SubscribedAt", subscriptions."SubscribedAt"),
              "ExpiresAt" = COALESCE(EXCLUDED."ExpiresAt", subscriptions."ExpiresAt"),
              "Price" = COALESCE(EXCLUDED."Price", subscriptions."Price")
            """, ct);
    }
}
