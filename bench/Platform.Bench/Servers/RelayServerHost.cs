namespace Platform.Bench.Servers;

/// <summary>
/// <c>Platform.Bench serve kestrel|signalr PORT</c>: the ceiling and peer servers run in their own process
/// (Server GC, like the gateway) so that they never share a heap with the load generator.
/// </summary>
public static class RelayServerHost
{
    public static async Task<int> RunAsync(string kind, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = kind switch
        {
            "kestrel" => KestrelRelay.Build(builder),
            "signalr" => SignalRRelay.Build(builder),
            _ => throw new ArgumentException($"unknown server '{kind}' (kestrel, signalr)"),
        };
        await app.StartAsync();
        Console.WriteLine($"listening {port}");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
