using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Enrichment.Infrastructure.EntityConfigurations;

internal sealed class FanScoreRowConfiguration : IEntityTypeConfiguration<FanScoreRow>
{
    public void Configure(EntityTypeBuilder<FanScoreRow> builder)
    {
        builder.ToTable("fan_scores");
        builder.HasKey(r => new { r.UserId, r.FanId });
        builder.HasIndex(r => new { r.UserId, r.LifetimeValue });
    }
}
