using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Ingest.Infrastructure.Entities;

namespace Platform.Ingest.Infrastructure;

/// <summary>Schema <c>ingest</c>. EF owns the schema and the reads; the hot writes are bulk SQL in Storage/.</summary>
public sealed class IngestDbContext(DbContextOptions<IngestDbContext> options) : DbContext(options)
{
    public const string Schema = "ingest";

    public DbSet<CreatorRow> Creators => Set<CreatorRow>();
    public DbSet<FanRow> Fans => Set<FanRow>();
    public DbSet<ChatRow> Chats => Set<ChatRow>();
    public DbSet<MessageRow> Messages => Set<MessageRow>();
    public DbSet<TransactionRow> Transactions => Set<TransactionRow>();
    public DbSet<SubscriptionRow> Subscriptions => Set<SubscriptionRow>();
    public DbSet<PendingEchoRow> PendingEchoes => Set<PendingEchoRow>();
    public DbSet<RawEventRow> RawEvents => Set<RawEventRow>();
    public DbSet<SnapshotProgressRow> SnapshotProgress => Set<SnapshotProgressRow>();
    public DbSet<IngestedInputRow> IngestedInputs => Set<IngestedInputRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IngestDbContext).Assembly);

        // snake_case columns, so the hand-written bulk SQL reads naturally.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
