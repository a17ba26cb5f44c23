using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Platform.TestSupport;

/// <summary>
/// The OpenAPI documents the dashboard's REST client is generated from live in
/// <c>services/bridge-web/openapi/</c>; a service's test compares them with what the service serves.
/// <c>PLATFORM_UPDATE_OPENAPI=1</c> rewrites the committed document instead (then run <c>npm run sync:rest</c>).
/// </summary>
public static class CommittedOpenApi
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertCurrent(string service, string served)
    {
        var path = Repository.PathOf("services", "bridge-web", "openapi", service + ".json");
        var document = JsonNode.Parse(served)!;
        if (Environment.GetEnvironmentVariable("PLATFORM_UPDATE_OPENAPI") == "1")
        {
            File.WriteAllText(path, document.ToJsonString(Indented) + "\n");
            return;
        }

        // Compared as JSON, not text, so the committed file's formatting is free.
        var committed = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
        Assert.True(JsonNode.DeepEquals(committed, document),
            $"services/bridge-web/openapi/{service}.json is stale: the {service} REST API changed. Run its OpenAPI test with " +
            "PLATFORM_UPDATE_OPENAPI=1, then `npm run sync:rest` in services/bridge-web, and commit both.");
    }
}
