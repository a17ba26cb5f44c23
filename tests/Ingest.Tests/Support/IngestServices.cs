using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Infrastructure;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;
using Platform.Messaging;
using Platform.Messaging.Outbound;

namespace Platform.Ingest.Tests.Support;

/// <summary>Ingest's pipeline in-process on a migrated real database, with the given senders: what the consumer and pipeline tests share.</summary>
public static class IngestServices
{
    public static async Task<IServiceCollection> CreateAsync(string connectionString, IPipelineSender sender, IOutboundPublisher outbound)
    {
        var options = new DbContextOptionsBuilder<IngestDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations", IngestDbContext.Schema)).Options;
        await using (var db = new IngestDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        return new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton(NpgsqlDataSource.Create(connectionString))
            .AddSingleton<ISiteAdapter, OnlyFansAdapter>()
            .AddSingleton<SiteAdapters>()
            .AddSingleton<IngestMetrics>()
            .AddSingleton<EventPreparer>()
            .AddSingleton<IngestApplier>()
            .AddSingleton<TrafficIngestor>()
            .AddSingleton(sender)
            .AddSingleton(outbound);
    }
}
