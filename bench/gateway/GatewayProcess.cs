using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Platform.ServiceDefaults;

namespace Platform.Gateway.Bench;

/// <summary>The real gateway binary in its own process, so its RSS is measured alone.</summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    public const string SigningKey = "bench-signing-key-0123456789abcdef0123456789abcdef";
    private readonly Process _process;

    private GatewayProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static string RabbitUrl => Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/";

    public long RssBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public static async Task<GatewayProcess> StartAsync()
    {
        var dll = Environment.GetEnvironmentVariable("GATEWAY_DLL")
            ?? Path.Combine(Environment.GetEnvironmentVariable("PLATFORM_ARTIFACTS") ?? "", "bin/Platform.Gateway/release/Platform.Gateway.dll");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", dll) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["PLATFORM_SIGNING_KEY"] = SigningKey;
        info.Environment["PLATFORM_INSTANCE"] = "bench";
        info.Environment["RABBITMQ_URL"] = RabbitUrl;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Gateway__IdleTimeoutSeconds"] = "600";
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the gateway");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 200; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/alive")).StatusCode == HttpStatusCode.OK)
                {
                    return new GatewayProcess(process, port);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("the gateway did not start");
    }

    public async Task<ClientWebSocket> ConnectAsync(string userId, string role)
    {
        var token = PlatformTokens.Issue(SigningKey, userId, role, TimeSpan.FromHours(1));
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.Options.SetBuffer(1024, 1024);
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/ws?access_token={token}"), CancellationToken.None);
        return socket;
    }

    public ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
