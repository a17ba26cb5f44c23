using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class FanScoreConfiguration : IEntityTypeConfiguration<FanScoreEntity>
{
    public void Configure(EntityTypeBuilder<FanScoreEntity> builder)
    {
        builder.ToTable("fan_scores");
        builder.HasKey(e => new { e.UserId, e.FanId });
    }
}
