using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Enrichment.Extensions;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Suggestions;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.TestSupport;

namespace Platform.Enrichment.Tests.Support;

/// <summary>The enrichment consumers on MassTransit's in-memory test harness, over a real test database.</summary>
public sealed class HarnessHost : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private ServiceProvider _provider = null!;
    private SuggestionWorker? _worker;

    public ITestHarness Harness => _provider.GetRequiredService<ITestHarness>();
    public RecordingOutbound Outbound { get; } = new();
    public RecordingPipeline Pipeline { get; } = new();
    public IServiceProvider Services => _provider;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddDbContext<EnrichmentDbContext>(o => o.UseNpgsql(_postgres.ConnectionString, n => n.MigrationsHistoryTable("__ef_migrations", EnrichmentDbContext.Schema)));
        services.AddEnrichmentServices(configuration);
        services.AddSingleton<IOutboundPublisher>(Outbound);
        services.AddSingleton<IPipelineSender>(Pipeline);
        services.AddMassTransitTestHarness(x =>
        {
            EnrichmentExtensions.AddEnrichmentConsumers(x);
            // Shared by the class, so it must outlive the default 30 s; and a cold first query (EF model, Npgsql
            // types) can take longer than the default inactivity window, which would end Consumed.Any early.
            x.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(5), testInactivityTimeout: TimeSpan.FromSeconds(30));
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = _provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EnrichmentDbContext>().Database.MigrateAsync();
        }

        _worker = _provider.GetServices<IHostedService>().OfType<SuggestionWorker>().Single();
        await _worker.StartAsync(CancellationToken.None);
        await Harness.Start();
    }

    public async Task DisposeAsync()
    {
        await Harness.Stop();
        if (_worker is not null)
        {
            await _worker.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
