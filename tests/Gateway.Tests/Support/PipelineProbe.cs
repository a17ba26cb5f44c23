using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Messaging;

namespace Platform.Gateway.Tests.Support;

/// <summary>
/// A stand-in for a consuming service: a MassTransit bus of its own that receives the partition queues of
/// the pipelines (exactly as ingest/graph/enrichment do) and records what arrives, in order.
/// </summary>
public sealed class PipelineProbe : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IBusControl _bus;

    private PipelineProbe(ServiceProvider provider, Recording recording)
    {
        _provider = provider;
        _bus = provider.GetRequiredService<IBusControl>();
        Recording = recording;
    }

    public Recording Recording { get; }

    public static async Task<PipelineProbe> StartAsync(Uri rabbitUri, string replica, Recording? shared = null)
    {
        var recording = shared ?? new Recording();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(recording);
        services.AddSingleton(new ReplicaName(replica));
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.AddConsumer<RecordingConsumer<IngestCapturedTraffic>>();
            x.AddConsumer<RecordingConsumer<RequestFullSync>>();
            x.AddConsumer<RecordingConsumer<RequestThreadHistory>>();
            x.AddConsumer<RecordingConsumer<SendMessageRequested>>();
            x.AddConsumer<RecordingConsumer<CommandResultReported>>();
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host(rabbitUri);
                cfg.UsePlatformSerialization();
                var options = new MessagingOptions();
                cfg.ReceivePartitions(ctx, Pipelines.Ingest, options, e => e.ConfigureConsumer<RecordingConsumer<IngestCapturedTraffic>>(ctx));
                cfg.ReceivePartitions(ctx, Pipelines.Graph, options, e =>
                {
                    e.ConfigureConsumer<RecordingConsumer<RequestFullSync>>(ctx);
                    e.ConfigureConsumer<RecordingConsumer<RequestThreadHistory>>(ctx);
                });
                cfg.ReceivePartitions(ctx, Pipelines.Enrichment, options, e =>
                {
                    e.ConfigureConsumer<RecordingConsumer<SendMessageRequested>>(ctx);
                    e.ConfigureConsumer<RecordingConsumer<CommandResultReported>>(ctx);
                });
            });
        });
        var provider = services.BuildServiceProvider();
        var probe = new PipelineProbe(provider, recording);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await probe._bus.StartAsync(cts.Token);
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _provider.DisposeAsync();
    }
}

public sealed record ReplicaName(string Value);

/// <summary>Everything the probes consumed, in consumption order, with the replica that consumed it.</summary>
public sealed class Recording
{
    public ConcurrentQueue<(string Replica, object Message)> Items { get; } = new();

    public IReadOnlyList<T> Of<T>() => [.. Items.Select(i => i.Message).OfType<T>()];
}

public sealed class RecordingConsumer<T>(Recording recording, ReplicaName replica) : IConsumer<T>
    where T : class
{
    public Task Consume(ConsumeContext<T> context)
    {
        recording.Items.Enqueue((replica.Value, context.Message));
        return Task.CompletedTask;
    }
}
