using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class MessageSentimentConfiguration : IEntityTypeConfiguration<MessageSentimentEntity>
{
    public void Configure(EntityTypeBuilder<MessageSentimentEntity> builder)
    {
        builder.ToTable("message_sentiments");
        builder.HasKey(e => new { e.UserId, e.MessageId });
        builder.Property(e => e.MessageId).UseCollation("C");
        builder.HasIndex(e => new { e.UserId, e.ChatId });
    }
}
