using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Messaging;
using Platform.Messaging;

namespace Platform.Graph.Tests.Support;

/// <summary>A MassTransit bus of its own that sends into the pipelines the way ingest and the gateway do.</summary>
public sealed class PipelineClient : IAsyncDisposable
{
    private readonly IHost _host;

    private PipelineClient(IHost host) => _host = host;

    public static async Task<PipelineClient> StartAsync(Uri rabbitMq)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RABBITMQ_URL"] = rabbitMq.ToString(),
            ["Messaging:Partitions"] = GraphAppFactory.Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddPlatformMessaging(_ => { }, (_, _, _) => { });
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StartAsync(timeout.Token);
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
        return new PipelineClient(host);
    }

    public Task SendAsync<T>(T message) where T : class, IUserScoped =>
        _host.Services.GetRequiredService<IPipelineSender>().SendAsync(Pipelines.Graph, message);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
