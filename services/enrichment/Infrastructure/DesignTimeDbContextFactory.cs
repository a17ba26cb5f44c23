using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Enrichment.Infrastructure;

/// <summary>For <c>dotnet ef migrations add</c>: builds the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EnrichmentDbContext>
{
    public EnrichmentDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<EnrichmentDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations", EnrichmentDbContext.Schema))
        .Options);
}
