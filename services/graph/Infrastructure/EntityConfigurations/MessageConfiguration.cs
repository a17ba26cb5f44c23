using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<MessageEntity>
{
    public void Configure(EntityTypeBuilder<MessageEntity> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(e => new { e.UserId, e.MessageId });
        // Byte order, so that SQL and C# (ordinal) break created_at ties the same way.
        builder.Property(e => e.MessageId).UseCollation("C");
        builder.HasIndex(e => new { e.UserId, e.ChatId, e.CreatedAt, e.MessageId });
        builder.HasIndex(e => new { e.UserId, e.CreatedAt });
    }
}
