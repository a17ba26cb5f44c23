using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Contracts.Model;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Commands;

/// <summary>
/// The command state machine in PostgreSQL. Every transition is one conditional UPDATE on the current
/// state, so of two concurrent or redelivered requests exactly one wins and the other changes nothing.
/// </summary>
internal sealed class CommandStore(EnrichmentDbContext db, TimeProvider clock)
{
    public Task<CommandRow?> FindAsync(string user, string commandId, CancellationToken ct) =>
        db.Commands.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == user && c.CommandId == commandId, ct);

    public Task<bool> HasSuggestionForAsync(string user, string messageId, CancellationToken ct) =>
        db.Commands.AnyAsync(c => c.UserId == user && c.SourceMessageId == messageId, ct);

    /// <summary>Inserts a new command; false when one with its id (or for its source message) exists already.</summary>
    public async Task<bool> TryCreateAsync(CommandRow row, CancellationToken ct)
    {
        db.Commands.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Pending (or blocked) to approved, with the text and price that will be sent.</summary>
    public async Task<bool> TryApproveAsync(string user, string commandId, string text, decimal? price, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Commands
            .Where(c => c.UserId == user && c.CommandId == commandId && (c.State == CommandState.PendingApproval || c.State == CommandState.Blocked))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.State, CommandState.Approved)
                .SetProperty(c => c.Text, text)
                .SetProperty(c => c.Price, price)
                .SetProperty(c => c.Error, (string?)null)
                .SetProperty(c => c.ApprovedAt, now)
                .SetProperty(c => c.UpdatedAt, now), ct) == 1;
    }

    /// <summary>A decision that ends a pending command: rejected, or blocked by a guardrail.</summary>
    public async Task<bool> TryCloseAsync(string user, string commandId, CommandState state, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Commands
            .Where(c => c.UserId == user && c.CommandId == commandId && (c.State == CommandState.PendingApproval || c.State == CommandState.Blocked))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.State, state)
                .SetProperty(c => c.Error, error)
                .SetProperty(c => c.UpdatedAt, now), ct) == 1;
    }

    /// <summary>The Agent's outcome; accepted after a timeout too (unknown), since it is the truth about the fan's chat.</summary>
    public async Task<bool> TryRecordResultAsync(string user, string commandId, CommandState state, string? error, string? siteMessageId, DateTimeOffset? executedAt, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Commands
            .Where(c => c.UserId == user && c.CommandId == commandId && (c.State == CommandState.Approved || c.State == CommandState.Unknown))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.State, state)
                .SetProperty(c => c.Error, error)
                .SetProperty(c => c.SiteMessageId, siteMessageId)
                .SetProperty(c => c.ExecutedAt, executedAt ?? now)
                .SetProperty(c => c.UpdatedAt, now), ct) == 1;
    }

    /// <summary>Approved commands older than the cutoff become unknown; returns them (each exactly once, across replicas).</summary>
    public Task<List<CommandRow>> ExpireAsync(DateTimeOffset cutoff, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var cutoffUtc = cutoff.ToUniversalTime();
        return db.Commands.FromSql($"""
            UPDATE enrichment.commands SET "State" = 'Unknown', "Error" = {error}, "UpdatedAt" = {now}
            WHERE "State" = 'Approved' AND "ApprovedAt" < {cutoffUtc}
            RETURNING *
            """).AsNoTracking().ToListAsync(ct);
    }

    public Task<List<CommandRow>> RecentAsync(string user, CommandState? state, int limit, CancellationToken ct) =>
        db.Commands.AsNoTracking()
            .Where(c => c.UserId == user && (state == null || c.State == state))
            .OrderByDescending(c => c.UpdatedAt)
            .Take(Math.Clamp(limit, 1, 500))
            .ToListAsync(ct);
}
