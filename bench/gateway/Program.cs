using Platform.Gateway.Bench;

// Not a test: starts the built gateway as a child process and prints a markdown table.
// Usage: dotnet run --project bench/gateway -- [idleSockets=2000] [pushFrames=20000] [pushUsers=20]
var idle = args.Length > 0 ? int.Parse(args[0]) : 2000;
var frames = args.Length > 1 ? int.Parse(args[1]) : 20000;
var users = args.Length > 2 ? int.Parse(args[2]) : 20;

await using var gateway = await GatewayProcess.StartAsync();
Console.Error.WriteLine($"gateway up on :{gateway.Port}");
var rows = new List<(string Metric, string Value)>();
rows.AddRange(await IdleSockets.MeasureAsync(gateway, idle));
Console.Error.WriteLine("idle sockets measured");
rows.AddRange(await PushThroughput.MeasureAsync(gateway, frames, users));

Console.WriteLine("| metric | value |");
Console.WriteLine("|---|---|");
foreach (var (metric, value) in rows)
{
    Console.WriteLine($"| {metric} | {value} |");
}
