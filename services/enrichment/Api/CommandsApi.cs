using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Model;
using Platform.Enrichment.Commands;
using Platform.Enrichment.Infrastructure;
using Platform.ServiceDefaults;

namespace Platform.Enrichment.Api;

internal static class CommandsApi
{
    public static RouteGroupBuilder MapCommandsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/commands", async (ClaimsPrincipal user, CommandStore store, int? limit, CancellationToken ct) =>
            (await store.RecentAsync(user.UserId(), null, limit ?? 50, ct)).Select(CommandView.Of)).WithName("ListCommands");
        api.MapGet("/suggestions", async (ClaimsPrincipal user, CommandStore store, int? limit, CancellationToken ct) =>
            (await store.RecentAsync(user.UserId(), CommandState.PendingApproval, limit ?? 50, ct)).Select(CommandView.Of)).WithName("ListSuggestions");
        api.MapGet("/fans/scores", async (ClaimsPrincipal user, EnrichmentDbContext db, int? limit, CancellationToken ct) =>
            await db.FanScores.AsNoTracking().Where(s => s.UserId == user.UserId())
                .OrderByDescending(s => s.LifetimeValue).Take(Math.Clamp(limit ?? 100, 1, 1000))
                .Select(s => new FanScores
                {
                    FanId = s.FanId, LifetimeValue = s.LifetimeValue, SpendVelocity = s.SpendVelocity, ChurnRisk = s.ChurnRisk,
                    BigSpenderLikelihood = s.BigSpenderLikelihood, Sentiment = s.Sentiment, UpdatedAt = s.UpdatedAt,
                })
                .ToListAsync(ct)).WithName("ListFanScores");
        return api;
    }
}

/// <summary>A command with its state, as the dashboard lists it.</summary>
internal sealed record CommandView(SendMessageCommand Command, CommandState State, string? Error, DateTimeOffset UpdatedAt, string? SiteMessageId)
{
    public static CommandView Of(CommandRow row) => new(row.ToCommand(), row.State, row.Error, row.UpdatedAt, row.SiteMessageId);
}
