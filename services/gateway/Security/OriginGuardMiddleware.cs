namespace Platform.Gateway.Security;

/// <summary>
/// 403 for a browser request from a foreign Origin to anything that reads user data (the socket and the
/// API), before any upgrade or proxying. A request without Origin (not a browser) passes on to auth.
/// Static dashboard files and the public schema are not user data and are not checked.
/// </summary>
internal sealed class OriginGuardMiddleware(RequestDelegate next, OriginPolicy policy, ILogger<OriginGuardMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsUserData(context.Request.Path)
            && context.Request.Headers.Origin is [{ } origin, ..]
            && !policy.IsAllowed(origin, context.Request))
        {
            GatewayLog.OriginRefused(logger, context.Request.Path, origin);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsUserData(PathString path) =>
        path.StartsWithSegments("/ws") || (path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/v1/schemas"));
}
