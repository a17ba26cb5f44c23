using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Model;
using Platform.Graph.Processing;
using Platform.Graph.Projection;
using Platform.ServiceDefaults;

namespace Platform.Graph.Api;

internal static class FansApi
{
    public static void MapFansApi(this RouteGroupBuilder api)
    {
        // Typed results, so the OpenAPI document (and the dashboard's generated client) knows every response.
        api.MapGet("/fans/{fanId}", async Task<Results<Ok<FanView>, NotFound>> (HttpContext http, GraphCache cache, TimeProvider time, string fanId) =>
        {
            var view = await cache.RunAsync(http.User.UserId(), load: true, g => Task.FromResult(View(g, fanId, time.GetUtcNow())), http.RequestAborted);
            return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
        }).WithName("GetFan").WithSummary("One fan: profile, notes, tags, spend, subscription, scores and conversation");

        api.MapPut("/fans/{fanId}", async Task<Results<NoContent, ValidationProblem>> (HttpContext http, FanNotesHandler notes, string fanId, FanNotesUpdate update) =>
        {
            if (FanNotesHandler.Problem(update.Tags) is { } problem)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tags"] = [problem] });
            }

            await notes.SaveAsync(http.User.UserId(), fanId, update.Notes, update.Tags ?? [], http.RequestAborted);
            return TypedResults.NoContent();
        }).WithName("SaveFanNotes").WithSummary("Replace the creator's notes and tags on a fan");
    }

    private static FanView? View(UserGraph graph, string fanId, DateTimeOffset now)
    {
        if (!graph.Fans.TryGetValue(fanId, out var fan))
        {
            return null;
        }

        return new FanView(
            fan.ToRef(), fan.Notes, fan.Tags, graph.Spend.Of(fanId), fan.Subscription, fan.Scores,
            graph.Conversations.TryGetValue(fanId, out var row) ? ConversationNodeFactory.Create(graph, row, now) : null);
    }
}

internal sealed record FanNotesUpdate(string? Notes, IReadOnlyList<string>? Tags);

internal sealed record FanView(
    FanRef Fan, string? Notes, IReadOnlyList<string> Tags, Spend Spend, SubscriptionInfo? Subscription, FanScores? Scores, ConversationNode? Conversation);
