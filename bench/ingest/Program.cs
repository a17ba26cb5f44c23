using Platform.Ingest.Bench;

// Usage: dotnet run --project bench/ingest [chats] [messagesPerChat] [deltas]
// Needs a running ingest (./platform up, or the service started by hand) on RABBITMQ_URL / POSTGRES_URL.
// Deltas are timed by consuming the graph pipeline: use a virtual host where no graph service runs.
var chats = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var perChat = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
var deltas = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000;

await using var bench = await IngestBench.StartAsync();
await bench.SnapshotAsync(chats, perChat);
if (deltas > 0)
{
    await bench.DeltaLatencyAsync(deltas, ratePerSecond: 1_000);
}
