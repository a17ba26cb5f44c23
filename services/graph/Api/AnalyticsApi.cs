using Platform.Contracts.Model;
using Platform.Graph.Processing;
using Platform.Graph.Projection;
using Platform.ServiceDefaults;

namespace Platform.Graph.Api;

internal static class AnalyticsApi
{
    public static void MapAnalyticsApi(this RouteGroupBuilder api) =>
        api.MapGet("/analytics", async (HttpContext http, GraphCache cache, TimeProvider time, DateOnly? from, DateOnly? to) =>
        {
            var analytics = await cache.RunAsync(http.User.UserId(), load: true, g => Task.FromResult(AnalyticsComposer.Compose(g, time.GetUtcNow())), http.RequestAborted);
            return Between(analytics, from, to);
        }).WithName("GetAnalytics").WithSummary("The creator's analytics; from/to (UTC dates, inclusive) narrow the per-day series");

    // Per-day series are cut to the range; a range without data is "no data" (null), not an empty zero series.
    private static CreatorAnalytics Between(CreatorAnalytics analytics, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return analytics;
        }

        var low = (from ?? DateOnly.MinValue).ToString("yyyy-MM-dd");
        var high = (to ?? DateOnly.MaxValue).ToString("yyyy-MM-dd");
        bool InRange(string date) => string.CompareOrdinal(date, low) >= 0 && string.CompareOrdinal(date, high) <= 0;
        var revenue = analytics.RevenuePerDay?.Where(d => InRange(d.Date)).ToList();
        var messages = analytics.MessagesPerDay?.Where(d => InRange(d.Date)).ToList();
        return analytics with
        {
            RevenuePerDay = revenue is { Count: > 0 } ? revenue : null,
            MessagesPerDay = messages is { Count: > 0 } ? messages : null,
        };
    }
}
