using MassTransit;
using Npgsql;
using Platform.Ingest.Consumers;
using Platform.Ingest.Deletion;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Infrastructure;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Reparse;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;
using Platform.Ingest.Snapshots;
using Platform.Messaging;
using Platform.Messaging.GroupCommit;
using Platform.ServiceDefaults;

namespace Platform.Ingest.Extensions;

/// <summary>The ingest service's wiring.</summary>
public static class IngestExtensions
{
    public static IHostApplicationBuilder AddIngestServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IngestOptions>(builder.Configuration.GetSection(IngestOptions.Section));
        builder.Services.Configure<OnlyFansOptions>(builder.Configuration.GetSection(OnlyFansOptions.Section));
        builder.AddPlatformDatabase<IngestDbContext>(IngestDbContext.Schema);
        // The hot path writes with plain Npgsql (bulk unnest upserts); EF owns the schema and the reads.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(PlatformConnections.PostgresConnectionString(builder.Configuration)));

        builder.Services.AddSingleton<ISiteAdapter, OnlyFansAdapter>();
        builder.Services.AddSingleton<SiteAdapters>();
        builder.Services.AddSingleton<IngestMetrics>();
        builder.Services.AddSingleton<EventPreparer>();
        builder.Services.AddSingleton<IngestApplier>();
        builder.Services.AddSingleton<TrafficIngestor>();
        builder.Services.AddSingleton<IngestGroupCommit>();
        builder.Services.AddSingleton<ArchiveReplayer>();
        builder.Services.AddSingleton<ReparseService>();
        builder.Services.AddSingleton<UserDataEraser>();
        builder.Services.AddHostedService<SnapshotSweeper>();

        builder.AddPlatformMessaging(
            x =>
            {
                x.AddConsumer<IngestCapturedTrafficConsumer>();
                x.AddConsumer<UserDataDeletionRequestedConsumer>();
            },
            (context, cfg, options) => cfg.ReceiveGroupCommitPartitions<IngestGroupCommit>(context, Pipelines.Ingest, options, e =>
            {
                e.ConfigureConsumer<IngestCapturedTrafficConsumer>(context);
                e.ConfigureConsumer<UserDataDeletionRequestedConsumer>(context);
            }));
        return builder;
    }
}
