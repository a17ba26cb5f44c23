using Platform.Bench;
using Platform.Bench.Servers;

// `serve kestrel|signalr PORT` runs a ceiling/peer server in its own process; anything else runs the bench.
if (args is ["serve", var kind, var port])
{
    return await RelayServerHost.RunAsync(kind, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
}

return await BenchRunner.RunAsync(BenchOptions.Parse(args));
