using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Enrichment.Settings;
using Platform.ServiceDefaults;

namespace Platform.Enrichment.Api;

internal static class SettingsApi
{
    /// <summary>The token's own account: auto mode and its spend threshold.</summary>
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", (ClaimsPrincipal user, AccountSettingsStore store, CancellationToken ct) =>
            store.GetAsync(user.UserId(), ct)).WithName("GetSettings");
        // Typed results, so the OpenAPI document (and the dashboard's generated client) knows both answers.
        api.MapPut("/settings", async Task<Results<Ok<AccountSettings>, ValidationProblem>> (ClaimsPrincipal user, AccountSettings settings, AccountSettingsStore store, CancellationToken ct) =>
            settings.AutoSpendThreshold < 0
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["autoSpendThreshold"] = ["must be 0 or more"] })
                : TypedResults.Ok(await store.SaveAsync(user.UserId(), settings, ct))).WithName("SaveSettings");
        return api;
    }
}
