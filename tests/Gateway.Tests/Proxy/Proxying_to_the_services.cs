using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Proxy;

/// <summary>Four fake backends (graph, enrichment, ingest, dashboard) behind the gateway's configured YARP routes.</summary>
public sealed class ProxyFixture : IAsyncLifetime
{
    private readonly List<WebApplication> _backends = [];

    public RabbitMqFixture Rabbit { get; } = new();

    public GatewayHost Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Rabbit.InitializeAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:graph:Destinations:graph0:Address"] = await StartBackendAsync("graph"),
            ["ReverseProxy:Clusters:enrichment:Destinations:enrichment0:Address"] = await StartBackendAsync("enrichment"),
            ["ReverseProxy:Clusters:ingest:Destinations:ingest0:Address"] = await StartBackendAsync("ingest"),
            ["ReverseProxy:Clusters:bridge-web:Destinations:web:Address"] = await StartBackendAsync("bridge-web"),
        };
        Gateway = GatewayHost.Start(Rabbit.Uri, "gateway-proxy", settings);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var backend in _backends)
        {
            await backend.DisposeAsync();
        }

        await Rabbit.DisposeAsync();
    }

    private async Task<string> StartBackendAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context => context.Response.WriteAsync($"{name} {context.Request.Path}"));
        await app.StartAsync();
        _backends.Add(app);
        return app.Urls.First() + "/";
    }
}

public sealed class Proxying_to_the_services(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Theory]
    [InlineData("/api/v1/conversations", "graph")]
    [InlineData("/api/v1/conversations/100000001/messages", "graph")]
    [InlineData("/api/v1/analytics/summary", "graph")]
    [InlineData("/api/v1/fans/1", "graph")]
    [InlineData("/api/v1/export/csv", "graph")]
    [InlineData("/api/v1/data", "graph")]
    [InlineData("/api/v1/suggestions/1", "enrichment")]
    [InlineData("/api/v1/commands", "enrichment")]
    [InlineData("/api/v1/settings/model", "enrichment")]
    [InlineData("/api/v1/admin/reparse", "ingest")]
    [InlineData("/api/v1/ingest/stats", "ingest")]
    [InlineData("/", "bridge-web")]
    [InlineData("/assets/index.js", "bridge-web")]
    public async Task Should_route_each_path_to_the_service_that_owns_it(string path, string backend)
    {
        using var http = fixture.Gateway.Http();
        var body = await http.GetStringAsync(path);
        Assert.Equal($"{backend} {path}", body);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/api/v1/schemas/wss")]
    public async Task Should_serve_its_own_endpoints_itself(string path)
    {
        using var http = fixture.Gateway.Http();
        var body = await http.GetStringAsync(path);
        Assert.DoesNotContain("bridge-web", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_ws_for_the_socket()
    {
        using var http = fixture.Gateway.Http();
        using var response = await http.GetAsync($"/ws?access_token={TestTokens.Agent("u-proxy")}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
