using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Ingestion;
using Platform.Enrichment.Tests.Support;

namespace Platform.Enrichment.Tests.Ingestion;

/// <summary>
/// A partition's group commit hands enrichment many users' ingested batches at once: what it stores and sends must be
/// what the same batches one at a time give.
/// </summary>
public sealed class BatchedEnrichmentTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    [Fact]
    public async Task Should_store_and_send_for_many_users_at_once_what_one_batch_at_a_time_gives()
    {
        var (aloneA, aloneB) = (NewUser(), NewUser());
        var (batchedA, batchedB) = (NewUser(), NewUser());
        foreach (var input in Inputs(aloneA, aloneB))
        {
            await HandleAsync([input]);
        }

        await HandleAsync(Inputs(batchedA, batchedB));

        Assert.Equal(await StoredAsync(aloneA), await StoredAsync(batchedA));
        Assert.Equal(await StoredAsync(aloneB), await StoredAsync(batchedB));
        Assert.Equal(Sent(aloneA), Sent(batchedA));
        Assert.Equal(Sent(aloneB), Sent(batchedB));

        // And the batched run really did what one at a time does: both users, every message analysed, the fan's name kept.
        var stored = await StoredAsync(batchedA);
        Assert.Contains("fan:100000001:Fan One:fanone", stored);
        Assert.Contains(stored, row => row.StartsWith("score:100000001:ltv=25", StringComparison.Ordinal));
        Assert.Contains(stored, row => row.StartsWith("message:m-2:", StringComparison.Ordinal) && row.Contains("purchase_interest", StringComparison.Ordinal));
        Assert.Single(host.Pipeline.Of<MessagesEnriched>(batchedA));
    }

    private static string NewUser() => "u-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Two users, interleaved; user A's fan is named only in the first capture, and message m-2 is captured twice (edited).</summary>
    private static List<MessagesIngested> Inputs(string a, string b)
    {
        var at = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
        return
        [
            Ingested.Batch(a, fans: [new FanProfile { FanId = "100000001", Name = "Fan One" }],
                messages: [Ingested.FanMessage("100000001", "hi there", at, id: "m-1")]),
            Ingested.Batch(b, messages: [Ingested.FanMessage("100000002", "you are amazing", at, id: "m-1")]),
            Ingested.Batch(a, fans: [new FanProfile { FanId = "100000001", Username = "fanone" }],
                messages: [Ingested.FanMessage("100000001", "how much?", at.AddMinutes(1), id: "m-2")],
                transactions: [Ingested.Tip("100000001", 25m) with { TransactionId = "t-1" }]),
            Ingested.Batch(a, messages: [Ingested.FanMessage("100000001", "how much for the bundle? I want to buy it", at.AddMinutes(1), id: "m-2")]),
            Ingested.Batch(b, messages: [Ingested.CreatorMessage("100000002", "thank you!", at.AddMinutes(2)) with { MessageId = "m-3" }]),
        ];
    }

    private async Task HandleAsync(IReadOnlyList<MessagesIngested> batches)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IngestedBatchHandler>().HandleAsync(batches, CancellationToken.None);
    }

    /// <summary>What enrichment stored for a user, as comparable lines (scores without their time).</summary>
    private async Task<List<string>> StoredAsync(string user)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrichmentDbContext>();
        var rows = new List<string>();
        rows.AddRange(await db.Database.SqlQuery<string>($"""SELECT 'fan:' || "FanId" || ':' || coalesce("Name", '-') || ':' || coalesce("Username", '-') AS "Value" FROM enrichment.fans WHERE "UserId" = {user}""").ToListAsync());
        rows.AddRange(await db.Database.SqlQuery<string>($"""SELECT 'message:' || "MessageId" || ':' || "ChatId" || ':' || "Inbound" || ':' || coalesce(round("Sentiment"::numeric, 3)::text, '-') || ':' || "Intents" AS "Value" FROM enrichment.messages WHERE "UserId" = {user}""").ToListAsync());
        rows.AddRange(await db.Database.SqlQuery<string>($"""SELECT 'tx:' || "TransactionId" || ':' || "Amount" AS "Value" FROM enrichment.transactions WHERE "UserId" = {user}""").ToListAsync());
        rows.AddRange(await db.Database.SqlQuery<string>($"""SELECT 'score:' || "FanId" || ':ltv=' || round("LifetimeValue") || ':churn=' || round("ChurnRisk"::numeric, 3) || ':sentiment=' || coalesce(round("Sentiment"::numeric, 3)::text, '-') AS "Value" FROM enrichment.fan_scores WHERE "UserId" = {user}""").ToListAsync());
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>What graph was told of a user: each message's analysis (the last one sent wins, as in graph) and the fans' final scores.</summary>
    private List<string> Sent(string user)
    {
        var sent = host.Pipeline.Of<MessagesEnriched>(user).ToList();
        var analyses = sent.SelectMany(m => m.Messages).GroupBy(m => m.MessageId)
            .Select(g => g.Last()).Select(m => $"analysis:{m.MessageId}:{m.Sentiment:0.000}:{string.Join(',', m.Intents)}");
        var scores = sent.SelectMany(m => m.Scores).GroupBy(s => s.FanId)
            .Select(g => g.Last()).Select(s => $"score:{s.FanId}:{s.LifetimeValue:0}:{s.ChurnRisk:0.000}:{s.Sentiment:0.000}");
        return [.. analyses.Concat(scores).Order(StringComparer.Ordinal)];
    }
}
