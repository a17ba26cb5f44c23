using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Messaging.Outbound;
using Platform.ServiceDefaults;

namespace Platform.Messaging;

/// <summary>MassTransit on RabbitMQ, configured once for every service.</summary>
public static class MessagingExtensions
{
    /// <param name="registerConsumers">Adds the service's consumers.</param>
    /// <param name="configureEndpoints">Declares the service's receive endpoints (usually <see cref="ReceivePartitions"/>).</param>
    public static IHostApplicationBuilder AddPlatformMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> registerConsumers,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator, MessagingOptions> configureEndpoints)
    {
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));
        var rabbitUri = PlatformConnections.RabbitMqUri(builder.Configuration);

        builder.Services.AddMassTransit(x =>
        {
            // MassTransit 8.5 reports usage to its vendor from a background service; where that host is not
            // reachable (no DNS, a firewall) the failure stopped the whole process. Nothing leaves this platform.
            x.DisableUsageTelemetry();
            registerConsumers(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(rabbitUri);
                cfg.UsePlatformSerialization();
                cfg.UseSendFilter(typeof(PartitionRoutingKeyFilter<>), context);
                configureEndpoints(context, cfg, options);
            });
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = false;
            // Let in-flight messages finish (or go back to their queue) before the container is disposed.
            o.StopTimeout = TimeSpan.FromSeconds(30);
            o.ConsumerStopTimeout = TimeSpan.FromSeconds(20);
        });
        builder.Services.AddSingleton<IPipelineSender, PipelineSender>();
        builder.Services.AddOutboundPublisher(rabbitUri);
        return builder;
    }

    /// <summary>Message bodies as every service and test bus must write and read them (see <see cref="RawCapturedEventConverter"/>).</summary>
    public static void UsePlatformSerialization(this IBusFactoryConfigurator cfg) =>
        cfg.ConfigureJsonSerializerOptions(o =>
        {
            if (!o.Converters.Any(c => c is RawCapturedEventConverter))
            {
                o.Converters.Insert(0, new RawCapturedEventConverter());
            }

            return o;
        });

    /// <summary>
    /// One receive endpoint per partition of <paramref name="pipeline"/>: durable (quorum) queue bound to the
    /// pipeline's exchange by the partition's routing key, a single active consumer, one message at a time
    /// (order), retries with back-off, then the <c>_error</c> queue; publishes leave only after success.
    /// </summary>
    /// <param name="concurrentMessageLimit">
    /// 1 keeps the partition's order for ordinary consumers. A batch consumer needs room for a whole batch
    /// (its own concurrency limit of 1 keeps the order, see its delivery-tag sort).
    /// </param>
    public static void ReceivePartitions(
        this IRabbitMqBusFactoryConfigurator cfg,
        IBusRegistrationContext context,
        string pipeline,
        MessagingOptions options,
        Action<IRabbitMqReceiveEndpointConfigurator> configureConsumers,
        int concurrentMessageLimit = 1)
    {
        for (var partition = 0; partition < options.Partitions; partition++)
        {
            var routingKey = Pipelines.RoutingKey(partition);
            cfg.ReceiveEndpoint(Pipelines.QueueName(pipeline, partition), e =>
            {
                e.ConfigureConsumeTopology = false;
                e.Bind(Pipelines.ExchangeName(pipeline), b =>
                {
                    b.ExchangeType = "direct";
                    b.Durable = true;
                    b.RoutingKey = routingKey;
                });
                if (options.QuorumQueues)
                {
                    e.SetQuorumQueue();
                }

                e.SingleActiveConsumer = true;
                e.PrefetchCount = Math.Max(options.PrefetchCount, concurrentMessageLimit);
                e.ConcurrentMessageLimit = concurrentMessageLimit;
                // A database or broker that is away (a restart takes tens of seconds) is waited out (for an hour):
                // the partition holds its place, so order holds and nothing reaches _error. Any other failure
                // gets bounded retries with back-off, then the _error queue with its reason.
                e.UseMessageRetry(r => r.Interval(3_600, TimeSpan.FromSeconds(1)).Handle<Exception>(TransientFaults.IsTransient));
                e.UseMessageRetry(r => r
                    .Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300))
                    .Ignore<Exception>(TransientFaults.IsTransient));
                e.UseInMemoryOutbox(context);
                configureConsumers(e);
            });
        }
    }
}
