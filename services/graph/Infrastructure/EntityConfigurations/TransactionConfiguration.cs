using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class TransactionConfiguration : IEntityTypeConfiguration<TransactionEntity>
{
    public void Configure(EntityTypeBuilder<TransactionEntity> builder)
    {
        builder.ToTable("transactions");
        builder.HasKey(e => new { e.UserId, e.TransactionId });
        builder.HasIndex(e => new { e.UserId, e.FanId });
    }
}
