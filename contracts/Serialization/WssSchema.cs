using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Platform.Contracts.Serialization;

/// <summary>
/// The JSON Schema of both unions, generated from the C# contracts (never written by hand).
/// Named types are lifted into <c>$defs</c> with their C# name as title, so generated TypeScript
/// gets one declaration per contract type.
/// </summary>
public static class WssSchema
{
    public const string SchemaVersion = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Build() => new()
    {
        ["$schema"] = SchemaVersion,
        ["title"] = "WssProtocol",
        ["description"] = "WebSocket protocol of the platform: frames clients send (incoming) and frames the Brain sends (outgoing).",
        ["incoming"] = Export(WssJsonContext.Default.IncomingWssMessage.Type),
        ["outgoing"] = Export(WssJsonContext.Default.OutgoingWssMessage.Type),
    };

    public static string BuildJson() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static JsonObject Export(Type root)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = context.TypeInfo.Type;
                if (node is JsonObject obj && IsNamed(type) && !obj.ContainsKey("title"))
                {
                    obj.Insert(0, "title", type.Name);
                }

                return node;
            },
        };
        var schema = (JsonObject)WssJsonContext.Default.Options.GetJsonSchemaAsNode(root, options);
        var defs = new JsonObject();
        var lifted = (JsonObject)SchemaDefinitions.Lift(schema, defs, isRoot: true);
        lifted.Insert(0, "$schema", SchemaVersion);
        lifted["$defs"] = defs;
        return lifted;
    }

    private static bool IsNamed(Type type) =>
        type.Namespace?.StartsWith("Platform.Contracts", StringComparison.Ordinal) == true;
}
