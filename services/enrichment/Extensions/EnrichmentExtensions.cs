using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Enrichment.Commands;
using Platform.Enrichment.Consumers;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Ingestion;
using Platform.Enrichment.Scoring;
using Platform.Enrichment.Settings;
using Platform.Enrichment.Suggestions;
using Platform.Messaging;
using Platform.Messaging.GroupCommit;
using Platform.ServiceDefaults;

namespace Platform.Enrichment.Extensions;

public static class EnrichmentExtensions
{
    /// <summary>The database, the enrichment pipeline's consumers and everything they use.</summary>
    public static IHostApplicationBuilder AddEnrichment(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<EnrichmentDbContext>(EnrichmentDbContext.Schema);
        builder.AddPlatformMessaging(AddEnrichmentConsumers, (context, cfg, options) =>
            cfg.ReceiveGroupCommitPartitions<EnrichmentGroupCommit>(context, Pipelines.Enrichment, options, e => ConfigureEnrichmentConsumers(e, context)));
        builder.Services.AddEnrichmentServices(builder.Configuration);
        return builder;
    }

    public static void AddEnrichmentConsumers(IBusRegistrationConfigurator x)
    {
        x.AddConsumer<MessagesIngestedConsumer>();
        x.AddConsumer<SnapshotIngestedConsumer>();
        x.AddConsumer<SendMessageRequestedConsumer>();
        x.AddConsumer<CommandResultReportedConsumer>();
    }

    public static void ConfigureEnrichmentConsumers(IReceiveEndpointConfigurator e, IBusRegistrationContext context)
    {
        e.ConfigureConsumer<MessagesIngestedConsumer>(context);
        e.ConfigureConsumer<SnapshotIngestedConsumer>(context);
        e.ConfigureConsumer<SendMessageRequestedConsumer>(context);
        e.ConfigureConsumer<CommandResultReportedConsumer>(context);
    }

    /// <summary>The services behind the consumers and the API (no broker, no database registration).</summary>
    public static IServiceCollection AddEnrichmentServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EnrichmentOptions>(configuration.GetSection(EnrichmentOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<IngestedBatchWriter>();
        services.AddScoped<IngestedBatchHandler>();
        services.AddSingleton<EnrichmentGroupCommit>();
        services.AddScoped<FanScoreStore>();
        services.AddScoped<FanScoringService>();
        services.AddScoped<AccountSettingsStore>();
        services.AddScoped<CommandStore>();
        services.AddScoped<CommandWorkflow>();
        services.AddSingleton<CommandNotifier>();
        services.AddSingleton<Guardrails>();
        services.AddHostedService<CommandTimeoutSweeper>();
        services.AddReplyGenerators();
        services.AddScoped<SuggestionContextLoader>();
        services.AddScoped<SuggestionService>();
        services.AddSingleton<SuggestionGenerator>();
        services.AddSingleton<SuggestionQueue>();
        services.AddHostedService<SuggestionWorker>();
        return services;
    }
}
