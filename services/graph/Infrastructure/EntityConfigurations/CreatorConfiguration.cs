using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class CreatorConfiguration : IEntityTypeConfiguration<CreatorEntity>
{
    public void Configure(EntityTypeBuilder<CreatorEntity> builder)
    {
        builder.ToTable("creators");
        builder.HasKey(e => e.UserId);
    }
}
