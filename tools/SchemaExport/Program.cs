using Platform.Contracts.Serialization;

// Writes the WebSocket protocol's JSON Schema (the same document GET /api/v1/schemas/wss serves)
// so TypeScript types can be generated without a running gateway.
var path = args.Length > 0 ? args[0] : "contracts/schema/wss.schema.json";
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
await File.WriteAllTextAsync(path, WssSchema.BuildJson());
Console.WriteLine($"wrote {path}");
