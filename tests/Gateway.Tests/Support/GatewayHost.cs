using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Support;

/// <summary>The real gateway (Program's wiring) on real Kestrel, 127.0.0.1 and a free port, on a test broker vhost.</summary>
public sealed class GatewayHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private GatewayHost(Uri rabbitUri, string instance, IDictionary<string, string?>? settings)
    {
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["RABBITMQ_URL"] = rabbitUri.ToString(),
            ["PLATFORM_SIGNING_KEY"] = TestTokens.SigningKey,
            ["PLATFORM_INSTANCE"] = instance,
            ["Messaging:QuorumQueues"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri SocketUri => new($"ws://{BaseAddress.Authority}/ws");

    public static GatewayHost Start(Uri rabbitUri, string instance = "gateway-test", IDictionary<string, string?>? settings = null)
    {
        var host = new GatewayHost(rabbitUri, instance, settings);
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        host.BaseAddress = new Uri(addresses.Addresses.First());
        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<TestSocket> ConnectAsync(string? token, string? origin = null, bool viaHeader = false) =>
        TestSocket.ConnectAsync(SocketUri, token, origin, viaHeader);

    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
