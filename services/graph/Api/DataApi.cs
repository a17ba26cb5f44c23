using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Graph.Processing;
using Platform.Graph.Storage;
using Platform.ServiceDefaults;

namespace Platform.Graph.Api;

/// <summary>The creator owns their data: export it all, or delete it all.</summary>
internal static class DataApi
{
    public static void MapDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/export", async (HttpContext http, GraphExporter exporter, string? format) =>
        {
            var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
            if (!csv && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["json or csv"] });
            }

            return Results.Stream(
                body => csv
                    ? exporter.WriteCsvAsync(http.User.UserId(), body, http.RequestAborted)
                    : exporter.WriteJsonAsync(http.User.UserId(), body, http.RequestAborted),
                csv ? "text/csv; charset=utf-8" : "application/json",
                csv ? "graph-export.csv" : "graph-export.json");
        })
        .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: "text/csv")
        .ProducesValidationProblem()
        .WithName("ExportData")
        .WithSummary("Streams all of the user's graph data (format=json|csv)");

        api.MapDelete("/data", async Task<Results<Ok<DataDeletionReport>, ValidationProblem>> (HttpContext http, UserDataDeletion deletion, string? confirm) =>
        {
            var userId = http.User.UserId();
            if (!string.Equals(confirm, userId, StringComparison.Ordinal))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["confirm"] = ["Pass confirm=<your user id> to delete all of your data."] });
            }

            var deleted = await deletion.DeleteAsync(userId, http.RequestAborted);
            return TypedResults.Ok(new DataDeletionReport(userId, deleted, IngestDeletionRequested: true));
        }).WithName("DeleteData").WithSummary("Deletes all of the user's data (confirm=USERID); ingest deletes the raw archive");
    }
}

internal sealed record DataDeletionReport(string UserId, IReadOnlyDictionary<string, int> GraphRowsDeleted, bool IngestDeletionRequested);
