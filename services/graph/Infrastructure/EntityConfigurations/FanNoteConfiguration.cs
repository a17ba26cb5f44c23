using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class FanNoteConfiguration : IEntityTypeConfiguration<FanNoteEntity>
{
    public void Configure(EntityTypeBuilder<FanNoteEntity> builder)
    {
        builder.ToTable("fan_notes");
        builder.HasKey(e => new { e.UserId, e.FanId });
    }
}
