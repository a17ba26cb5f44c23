using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Graph.Consumers;
using Platform.Graph.Extensions;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.TestSupport;

namespace Platform.Graph.Tests.Support;

/// <summary>
/// The graph's services on a real PostgreSQL database of their own, with the MassTransit test harness
/// instead of RabbitMQ and a recording outbound publisher.
/// </summary>
public sealed class GraphServicesFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private IHost? _host;

    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public IServiceProvider Services => _host!.Services;
    public RecordingOutboundPublisher Outbound { get; } = new();
    public RecordingPipelineSender Pipelines { get; } = new();
    public FixedTime Time { get; } = new(Now);
    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["POSTGRES_URL"] = _postgres.Url });
        builder.AddGraphServices();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<IOutboundPublisher>(Outbound);
        builder.Services.AddSingleton<IPipelineSender>(Pipelines);
        builder.Services.AddMassTransitTestHarness(x =>
        {
            x.AddConsumer<MessagesIngestedConsumer>();
            x.AddConsumer<SnapshotIngestedConsumer>();
            x.AddConsumer<SnapshotFailedConsumer>();
            x.AddConsumer<RequestFullSyncConsumer>();
            x.AddConsumer<RequestThreadHistoryConsumer>();
            x.AddConsumer<MessagesEnrichedConsumer>();
        });
        _host = builder.Build();
        await _host.StartAsync();
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await _postgres.DisposeAsync();
    }
}
