using System.Security.Claims;
using Platform.ServiceDefaults;

namespace Platform.Ingest.Reparse;

/// <summary><c>POST /api/v1/admin/reparse</c>: rebuild the caller's own data from the archive (<c>./platform reparse USER</c>).</summary>
public static class ReparseEndpoint
{
    public static IEndpointRouteBuilder MapReparseApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/admin/reparse", async (ClaimsPrincipal user, ReparseService reparse, CancellationToken cancellationToken) =>
                Results.Ok(await reparse.ReparseAsync(user.UserId(), cancellationToken)))
            .RequireAuthorization();
        return app;
    }
}
