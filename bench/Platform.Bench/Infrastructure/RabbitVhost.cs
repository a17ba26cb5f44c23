using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Bench.Infrastructure;

/// <summary>A fresh RabbitMQ virtual host for one run (as tests/TestSupport/RabbitMqFixture does), deleted on dispose.</summary>
public sealed class RabbitVhost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private RabbitVhost(HttpClient management, string name, Uri uri)
    {
        _management = management;
        Name = name;
        Uri = uri;
    }

    public string Name { get; }

    public Uri Uri { get; }

    public static async Task<RabbitVhost> CreateAsync(BenchEnvironment environment, string prefix)
    {
        var server = environment.RabbitMq;
        var credentials = Uri.UnescapeDataString(server.UserInfo.Length > 0 ? server.UserInfo : "guest:guest");
        var http = new HttpClient { BaseAddress = environment.RabbitMqManagement };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
        (await http.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"api/permissions/{name}/{Uri.EscapeDataString(credentials.Split(':')[0])}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return new RabbitVhost(http, name, new UriBuilder(server) { Path = "/" + name }.Uri);
    }

    /// <summary>The management API's view of this vhost's queues (depth, rates), for the bottleneck note.</summary>
    public async Task<JsonElement> QueuesAsync() =>
        await _management.GetFromJsonAsync<JsonElement>($"api/queues/{Name}?columns=name,messages,message_stats.publish_details.rate,message_stats.deliver_get_details.rate,consumers");

    /// <summary>Empties a queue (a saturated step's backlog must not be measured by the next scenario).</summary>
    public async Task PurgeAsync(string queue) =>
        (await _management.DeleteAsync($"api/queues/{Name}/{Uri.EscapeDataString(queue)}/contents")).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _management.DeleteAsync($"api/vhosts/{Name}");
        }
        catch (HttpRequestException)
        {
        }

        _management.Dispose();
    }
}
