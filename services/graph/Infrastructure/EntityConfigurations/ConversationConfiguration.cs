using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<ConversationEntity>
{
    public void Configure(EntityTypeBuilder<ConversationEntity> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(e => new { e.UserId, e.ChatId });
        // A chat-list capture may create the row before any message: aggregates start at zero.
        builder.Property(e => e.ReplySeconds).HasDefaultValueSql("'{}'");
        builder.Property(e => e.MessageCount).HasDefaultValue(0);
        builder.Property(e => e.InboundCount).HasDefaultValue(0);
        builder.Property(e => e.OutboundCount).HasDefaultValue(0);
        builder.Property(e => e.PendingInbound).HasDefaultValue(0);
    }
}
