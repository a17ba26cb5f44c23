using Microsoft.EntityFrameworkCore;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure;

/// <summary>The graph's own projection (schema <c>graph</c>), built only from the broker messages it consumes.</summary>
public sealed class GraphDbContext(DbContextOptions<GraphDbContext> options) : DbContext(options)
{
    public const string Schema = "graph";

    public DbSet<CreatorEntity> Creators => Set<CreatorEntity>();
    public DbSet<FanEntity> Fans => Set<FanEntity>();
    public DbSet<FanNoteEntity> FanNotes => Set<FanNoteEntity>();
    public DbSet<ConversationEntity> Conversations => Set<ConversationEntity>();
    public DbSet<MessageEntity> Messages => Set<MessageEntity>();
    public DbSet<MessageSentimentEntity> MessageSentiments => Set<MessageSentimentEntity>();
    public DbSet<TransactionEntity> Transactions => Set<TransactionEntity>();
    public DbSet<SubscriptionEntity> Subscriptions => Set<SubscriptionEntity>();
    public DbSet<FanScoreEntity> FanScores => Set<FanScoreEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
