using Microsoft.EntityFrameworkCore;

namespace Platform.Enrichment.Infrastructure;

public sealed class EnrichmentDbContext(DbContextOptions<EnrichmentDbContext> options) : DbContext(options)
{
    public const string Schema = "enrichment";

    public DbSet<FanRow> Fans => Set<FanRow>();
    public DbSet<MessageRow> Messages => Set<MessageRow>();
    public DbSet<TransactionRow> Transactions => Set<TransactionRow>();
    public DbSet<SubscriptionRow> Subscriptions => Set<SubscriptionRow>();
    public DbSet<FanScoreRow> FanScores => Set<FanScoreRow>();
    public DbSet<AccountSettingsRow> Settings => Set<AccountSettingsRow>();
    public DbSet<CommandRow> Commands => Set<CommandRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrichmentDbContext).Assembly);
    }
}
