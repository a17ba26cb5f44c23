using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Ingest.Infrastructure.Entities;

namespace Platform.Ingest.Infrastructure.EntityConfigurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<MessageRow>
{
    public void Configure(EntityTypeBuilder<MessageRow> b)
    {
        b.ToTable("messages");
        b.HasKey(x => new { x.UserId, x.MessageId });
        b.HasIndex(x => new { x.UserId, x.ChatId, x.CreatedAt });
    }
}

internal sealed class PendingEchoConfiguration : IEntityTypeConfiguration<PendingEchoRow>
{
    public void Configure(EntityTypeBuilder<PendingEchoRow> b)
    {
        b.ToTable("pending_echoes");
        b.HasKey(x => new { x.UserId, x.MessageId });
        b.Property(x => x.Message).HasColumnType("jsonb");
    }
}
