using System.Text.Json.Nodes;

namespace Platform.Contracts.Serialization;

/// <summary>Moves every titled sub-schema into <c>$defs</c> and leaves a <c>$ref</c> (nullable uses become anyOf ref|null).</summary>
internal static class SchemaDefinitions
{
    public static JsonNode Lift(JsonNode node, JsonObject defs, bool isRoot = false)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is { } child)
                    {
                        var lifted = Lift(child, defs);
                        if (!ReferenceEquals(lifted, child))
                        {
                            obj[key] = lifted;
                        }
                    }
                }

                RequireDiscriminator(obj);
                return !isRoot && obj["title"] is JsonValue title ? Define(obj, title.GetValue<string>(), defs) : obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        var lifted = Lift(item, defs);
                        if (!ReferenceEquals(lifted, item))
                        {
                            array[i] = lifted;
                        }
                    }
                }

                return array;
            default:
                return node;
        }
    }

    // A union member's "type" const is always present on the wire; saying so makes TypeScript narrow on it.
    private static void RequireDiscriminator(JsonObject obj)
    {
        if (obj["properties"] is JsonObject props && props["type"] is JsonObject type && type.ContainsKey("const"))
        {
            var required = obj["required"] as JsonArray ?? [];
            if (!required.Any(r => r?.GetValue<string>() == "type"))
            {
                required.Insert(0, "type");
            }

            obj["required"] = required;
        }
    }

    private static JsonNode Define(JsonObject schema, string name, JsonObject defs)
    {
        var nullable = RemoveNull(schema);
        if (!defs.ContainsKey(name))
        {
            defs[name] = schema.DeepClone();
        }

        var reference = new JsonObject { ["$ref"] = $"#/$defs/{name}" };
        return nullable
            ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
            : reference;
    }

    private static bool RemoveNull(JsonObject schema)
    {
        var nullable = false;
        if (schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
        {
            var rest = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.GetValue<string>()).ToList();
            schema["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(r => (JsonNode)r)]);
            nullable = true;
        }

        if (schema["enum"] is JsonArray values && values.Any(v => v is null))
        {
            var kept = values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray();
            schema["enum"] = new JsonArray(kept);
            nullable = true;
        }

        return nullable;
    }
}
