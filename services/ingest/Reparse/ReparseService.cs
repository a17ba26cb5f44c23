using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Messaging;
using Platform.Ingest.Infrastructure;
using Platform.Messaging;

namespace Platform.Ingest.Reparse;

/// <summary>Re-parse one user's archive, then re-publish the whole dataset as a snapshot so the graph rebuilds.</summary>
public sealed class ReparseService(
    ArchiveReplayer replayer, IDbContextFactory<IngestDbContext> contexts, IPipelineSender sender, IOptions<IngestOptions> options)
{
    public async Task<ReparseResult> ReparseAsync(string userId, CancellationToken cancellationToken)
    {
        var (events, unparsed) = await replayer.ReplayAsync(userId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Creators.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var fans = await db.Fans.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.FanId).ToListAsync(cancellationToken);
        var chats = await db.Chats.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.ChatId).ToListAsync(cancellationToken);
        var transactions = await db.Transactions.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.TransactionId).ToListAsync(cancellationToken);
        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.FanId).ToListAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.CreatedAt).ThenBy(m => m.MessageId).ToListAsync(cancellationToken);
        var pending = await db.PendingEchoes.CountAsync(p => p.UserId == userId, cancellationToken);

        var snapshotId = $"reparse-{Guid.NewGuid():N}";
        var chunks = messages.Chunk(Math.Max(1, options.Value.RepublishChunkSize)).ToList();
        var chunkCount = Math.Max(1, chunks.Count);
        for (var i = 0; i < chunkCount; i++)
        {
            var message = new MessagesIngested
            {
                UserId = userId,
                Sequence = i,
                SnapshotId = snapshotId,
                // The first chunk carries the small tables; every chunk carries a share of the messages.
                Creator = i == 0 ? creator?.ToContract() : null,
                Fans = i == 0 ? [.. fans.Select(f => f.ToContract())] : [],
                Chats = i == 0 ? [.. chats.Select(c => c.ToContract())] : [],
                Transactions = i == 0 ? [.. transactions.Select(t => t.ToContract())] : [],
                Subscriptions = i == 0 ? [.. subscriptions.Select(s => s.ToContract())] : [],
                Messages = i < chunks.Count ? [.. chunks[i].Select(m => m.ToContract())] : [],
                IngestedAt = DateTimeOffset.UtcNow,
            };
            await sender.SendAsync(Pipelines.Graph, message, cancellationToken);
            await sender.SendAsync(Pipelines.Enrichment, message, cancellationToken);
        }

        var done = new SnapshotIngested
        {
            UserId = userId, SnapshotId = snapshotId, ChunkCount = chunkCount, Events = events, Fans = fans.Count,
            Chats = chats.Count, Messages = messages.Count, Transactions = transactions.Count, IngestedAt = DateTimeOffset.UtcNow,
        };
        await sender.SendAsync(Pipelines.Graph, done, cancellationToken);
        await sender.SendAsync(Pipelines.Enrichment, done, cancellationToken);
        return new ReparseResult(userId, snapshotId, events, unparsed, fans.Count, chats.Count, messages.Count, transactions.Count, subscriptions.Count, pending);
    }
}
