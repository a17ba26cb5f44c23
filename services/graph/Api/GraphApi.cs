namespace Platform.Graph.Api;

/// <summary>The graph's REST API: authenticated, and only ever the token's own user's data.</summary>
internal static class GraphApi
{
    public static WebApplication MapGraphApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("graph");
        api.MapConversationsApi();
        api.MapAnalyticsApi();
        api.MapFansApi();
        api.MapDataApi();
        return app;
    }
}
