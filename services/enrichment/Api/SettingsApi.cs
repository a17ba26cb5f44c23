using System.Security.Claims;
using Platform.Enrichment.Settings;
using Platform.ServiceDefaults;

namespace Platform.Enrichment.Api;

internal static class SettingsApi
{
    /// <summary>The token's own account: auto mode and its spend threshold.</summary>
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", (ClaimsPrincipal user, AccountSettingsStore store, CancellationToken ct) =>
            store.GetAsync(user.UserId(), ct));
        api.MapPut("/settings", async (ClaimsPrincipal user, AccountSettings settings, AccountSettingsStore store, CancellationToken ct) =>
            settings.AutoSpendThreshold < 0
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["autoSpendThreshold"] = ["must be 0 or more"] })
                : Results.Ok(await store.SaveAsync(user.UserId(), settings, ct)));
        return api;
    }
}
