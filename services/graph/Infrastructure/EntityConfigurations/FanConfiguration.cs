using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class FanConfiguration : IEntityTypeConfiguration<FanEntity>
{
    public void Configure(EntityTypeBuilder<FanEntity> builder)
    {
        builder.ToTable("fans");
        builder.HasKey(e => new { e.UserId, e.FanId });
    }
}
