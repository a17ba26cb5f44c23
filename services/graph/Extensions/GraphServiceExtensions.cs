using MassTransit;
using Platform.Graph.Consumers;
using Platform.Graph.Infrastructure;
using Platform.Graph.Processing;
using Platform.Graph.Storage;
using Platform.Messaging;
using Platform.Messaging.GroupCommit;
using Platform.ServiceDefaults;

namespace Platform.Graph.Extensions;

internal static class GraphServiceExtensions
{
    /// <summary>Schema <c>graph</c>, the bulk-SQL stores, the per-user cache and the handlers behind the consumers and the API.</summary>
    public static IHostApplicationBuilder AddGraphServices(this IHostApplicationBuilder builder)
    {
        // Migrations run before the bus starts (hosted services start in registration order).
        builder.AddPlatformDatabase<GraphDbContext>(GraphDbContext.Schema);
        var connectionString = PlatformConnections.PostgresConnectionString(builder.Configuration);
        var synchronousCommit = builder.Configuration.GetValue("Graph:SynchronousCommit", false);
        builder.Services.AddSingleton(_ => GraphDataSource.Create(connectionString, synchronousCommit));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services
            .AddSingleton<UserGraphLoader>().AddSingleton<IngestBatchWriter>().AddSingleton<EnrichmentWriter>()
            .AddSingleton<FanNotesWriter>().AddSingleton<ThreadReader>().AddSingleton<UserDataEraser>().AddSingleton<GraphExporter>()
            .AddSingleton<GraphCache>().AddSingleton<IngestHandler>().AddSingleton<SnapshotHandler>()
            .AddSingleton<ConnectionRequestHandler>().AddSingleton<EnrichmentHandler>().AddSingleton<FanNotesHandler>()
            .AddSingleton<UserDataDeletion>().AddSingleton<GraphGroupCommit>();
        return builder;
    }

    /// <summary>Every input on the graph pipeline, so one user's messages are consumed in order.</summary>
    public static IHostApplicationBuilder AddGraphConsumers(this IHostApplicationBuilder builder) =>
        builder.AddPlatformMessaging(
            x =>
            {
                x.AddConsumer<MessagesIngestedConsumer>();
                x.AddConsumer<SnapshotIngestedConsumer>();
                x.AddConsumer<SnapshotFailedConsumer>();
                x.AddConsumer<RequestFullSyncConsumer>();
                x.AddConsumer<RequestThreadHistoryConsumer>();
                x.AddConsumer<MessagesEnrichedConsumer>();
            },
            (context, cfg, options) => cfg.ReceiveGroupCommitPartitions<GraphGroupCommit>(context, Pipelines.Graph, options, e =>
            {
                e.ConfigureConsumer<MessagesIngestedConsumer>(context);
                e.ConfigureConsumer<SnapshotIngestedConsumer>(context);
                e.ConfigureConsumer<SnapshotFailedConsumer>(context);
                e.ConfigureConsumer<RequestFullSyncConsumer>(context);
                e.ConfigureConsumer<RequestThreadHistoryConsumer>(context);
                e.ConfigureConsumer<MessagesEnrichedConsumer>(context);
            }));
}
