using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults;

/// <summary>One PostgreSQL schema per service, EF Core migrations applied at start-up.</summary>
public static class DatabaseExtensions
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddPlatformDatabase<TContext>(this IHostApplicationBuilder builder, string schema)
        where TContext : DbContext
    {
        var connectionString = PlatformConnections.PostgresConnectionString(builder.Configuration);
        builder.Services.AddDbContextPool<TContext>(o => o.UseNpgsql(
            connectionString,
            npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations", schema)
                .EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null)));
        builder.Services.AddDbContextFactory<TContext>(o => o.UseNpgsql(connectionString), ServiceLifetime.Singleton);
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>($"postgres-{schema}", tags: [ReadyTag]);
        builder.Services.AddHostedService<MigrateDatabaseService<TContext>>();
        return builder;
    }
}
