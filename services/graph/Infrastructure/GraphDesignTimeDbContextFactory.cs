using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.ServiceDefaults;

namespace Platform.Graph.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class GraphDesignTimeDbContextFactory : IDesignTimeDbContextFactory<GraphDbContext>
{
    public GraphDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GraphDbContext>()
            .UseNpgsql(
                PlatformConnections.FromUrl(Environment.GetEnvironmentVariable("POSTGRES_URL") ?? PlatformConnections.DefaultPostgresUrl),
                o => o.MigrationsHistoryTable("__ef_migrations", GraphDbContext.Schema))
            .Options);
}
