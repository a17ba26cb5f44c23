using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Messaging;
using Platform.Ingest.Consumers;
using Platform.Messaging;
using Platform.Messaging.GroupCommit;
using Platform.TestSupport;

namespace Platform.Ingest.Tests.Consumers;

/// <summary>
/// Ingest's group commit behind a real RabbitMQ partition endpoint (one partition, MassTransit's retries and receive
/// observers as in production), committing into a <see cref="CommitLog"/> instead of PostgreSQL.
/// </summary>
public sealed class GroupCommitBus : IAsyncLifetime
{
    public const int RetryLimit = 2;
    private readonly RabbitMqFixture _rabbit = new();
    private IHost _host = null!;

    public CommitLog Log { get; } = new();

    public IPipelineSender Sender => _host.Services.GetRequiredService<IPipelineSender>();

    public async Task InitializeAsync()
    {
        await _rabbit.InitializeAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["RABBITMQ_URL"] = _rabbit.Uri.ToString();
        builder.Configuration["Messaging:Partitions"] = "1";
        builder.Configuration["Messaging:RetryLimit"] = RetryLimit.ToString();
        builder.Services.AddSingleton(Log);
        builder.Services.AddSingleton(sp => new IngestGroupCommit(Log.ApplyAsync, sp.GetRequiredService<ILogger<IngestGroupCommit>>()));
        builder.AddPlatformMessaging(
            x => x.AddConsumer<OrderProbeConsumer>(),
            (context, cfg, options) => cfg.ReceiveGroupCommitPartitions<IngestGroupCommit>(context, Pipelines.Ingest, options, e => e.ConfigureConsumer<OrderProbeConsumer>(context)));
        _host = builder.Build();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StartAsync(cts.Token);
        var bus = _host.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(60), "the partition endpoint consumes");
    }

    public Task SendAsync(string id) => Sender.SendAsync(Pipelines.Ingest, new IngestCapturedTraffic
    {
        UserId = "order-probe", ConnectionId = "c1", Sequence = 0, ClientMessageId = id, Events = [], ReceivedAt = DateTimeOffset.UtcNow,
    });

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _rabbit.DisposeAsync();
    }
}

/// <summary>Ingest's consumer, plus what a test asks of an input: a late hand-over, a failure until retried, a poison.</summary>
public sealed class OrderProbeConsumer(IngestGroupCommit groupCommit, CommitLog log) : IConsumer<IngestCapturedTraffic>
{
    public async Task Consume(ConsumeContext<IngestCapturedTraffic> context)
    {
        var id = context.Message.ClientMessageId!;
        if (id.Contains("late"))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        if (context.GetRetryAttempt() > 0)
        {
            log.Retried(id);
        }

        try
        {
            await groupCommit.SubmitAsync(context);
        }
        catch (InvalidOperationException)
        {
            log.Add("fail:" + id);
            throw;
        }
    }
}

/// <summary>What the group commit committed, and which attempts failed, in the order it happened.</summary>
public sealed class CommitLog
{
    private readonly Lock _gate = new();
    private readonly List<string> _events = [];
    private readonly HashSet<string> _retried = [];

    public IReadOnlyList<string> Of(string prefix)
    {
        lock (_gate)
        {
            return [.. _events.Where(e => e.Split(':')[1].StartsWith(prefix, StringComparison.Ordinal))];
        }
    }

    public void Add(string entry)
    {
        lock (_gate)
        {
            _events.Add(entry);
        }
    }

    public void Retried(string id)
    {
        lock (_gate)
        {
            _retried.Add(id);
        }
    }

    /// <summary>A batch commits all or nothing: "fail-once" inputs fail until their consumer's retry, "poison" ones always.</summary>
    public Task ApplyAsync(IReadOnlyList<IngestCapturedTraffic> inputs, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var ids = inputs.Select(i => i.ClientMessageId!).ToList();
            if (ids.Any(id => id.Contains("poison") || (id.Contains("fail-once") && !_retried.Contains(id))))
            {
                throw new InvalidOperationException("a poisoned input");
            }

            _events.AddRange(ids.Select(id => "commit:" + id));
        }

        return Task.CompletedTask;
    }
}
