using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Testcontainers.RabbitMq;
using Xunit;

namespace Platform.TestSupport;

/// <summary>
/// A real RabbitMQ for integration tests, isolated in a virtual host of its own so that test
/// assemblies running in parallel never see each other's exchanges and queues.
/// The broker comes from <c>RABBITMQ_URL</c> (which <c>./platform test</c> sets); without it,
/// from Testcontainers where a Docker engine exists.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private RabbitMqContainer? _container;
    private Uri _server = null!;
    private string _vhost = "";

    /// <summary>amqp URI of this fixture's own virtual host.</summary>
    public Uri Uri { get; private set; } = null!;

    public string VirtualHost => _vhost;

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("RABBITMQ_URL");
        if (url is null)
        {
            _container = new RabbitMqBuilder("rabbitmq:3.13-management").Build();
            await _container.StartAsync();
            url = _container.GetConnectionString();
        }

        _server = new Uri(url);
        _vhost = "test-" + Guid.NewGuid().ToString("N")[..12];
        using var http = ManagementClient();
        (await http.PutAsync($"api/vhosts/{_vhost}", null)).EnsureSuccessStatusCode();
        var user = _server.UserInfo.Split(':')[0];
        (await http.PutAsJsonAsync($"api/permissions/{_vhost}/{Uri.EscapeDataString(user)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        Uri = new UriBuilder(_server) { Path = "/" + _vhost }.Uri;
    }

    public async Task DisposeAsync()
    {
        if (_vhost.Length > 0)
        {
            using var http = ManagementClient();
            await http.DeleteAsync($"api/vhosts/{_vhost}");
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    /// <summary>The management HTTP API (queue depths, bindings) of the same broker.</summary>
    public HttpClient ManagementClient()
    {
        var management = Environment.GetEnvironmentVariable("RABBITMQ_MANAGEMENT_URL")
            ?? (_container is not null ? $"http://{_container.Hostname}:{_container.GetMappedPublicPort(15672)}/" : $"http://{_server.Host}:15672/");
        var http = new HttpClient { BaseAddress = new Uri(management) };
        var credentials = Uri.UnescapeDataString(_server.UserInfo.Length > 0 ? _server.UserInfo : "guest:guest");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return http;
    }
}
